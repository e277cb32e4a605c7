import{createRequire as e}from"module";var t={8787:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3742);e.exports=r},3742:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function filled(e,t){var n;var r;n=[];for(r=0;r<t;r++){n.push(e)}return n}e.exports=filled},1830:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1401);e.exports=r},1401:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8787);function zeros(e){return r(0,e)}e.exports=zeros},9979:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9714);var i=n(5878);var s=n(8520);var o;if(r()){o=i}else{o=s}e.exports=o},5878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Float64Array==="function"?Float64Array:void 0;e.exports=t},8520:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},4826:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5613);var i=n(3405);var s=n(523);var o;if(r()){o=i}else{o=s}e.exports=o},3405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:void 0;e.exports=t},523:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},7096:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4171);var i=n(2399);var s=n(3689);var o;if(r()){o=i}else{o=s}e.exports=o},2399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:void 0;e.exports=t},3689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},5183:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4246);var i=n(8570);var s=n(7540);var o;if(r()){o=i}else{o=s}e.exports=o},8570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:void 0;e.exports=t},7540:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},5265:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Float64Array==="function"?Float64Array:null;e.exports=t},9714:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6405);e.exports=r},6405:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5672);var i=n(5265);function hasFloat64ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=new i([1,3.14,-3.14,NaN]);e=r(t)&&t[0]===1&&t[1]===3.14&&t[2]===-3.14&&t[3]!==t[3]}catch(t){e=false}return e}e.exports=hasFloat64ArraySupport},2878:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3103);e.exports=r},3103:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3595);function hasGeneratorSupport(){var e;try{r('"use strict"; (function* () {})');e=true}catch(t){e=false}return e}e.exports=hasGeneratorSupport},1907:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4270);e.exports=r},4270:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.hasOwnProperty;function hasOwnProp(e,n){if(e===void 0||e===null){return false}return t.call(e,n)}e.exports=hasOwnProp},5547:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(166);e.exports=r},166:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}e.exports=hasSymbolSupport},9501:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6284);e.exports=r},6284:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5547);var i=r();function hasToStringTagSupport(){return i&&typeof Symbol.toStringTag==="symbol"}e.exports=hasToStringTagSupport},5613:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2364);e.exports=r},2364:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3599);var i=n(6653);var s=n(5929);function hasUint16ArraySupport(){var e;var t;if(typeof s!=="function"){return false}try{t=[1,3.14,-3.14,i+1,i+2];t=new s(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===i-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint16ArraySupport},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:null;e.exports=t},4171:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8950);e.exports=r},8950:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3209);var i=n(8035);var s=n(2709);function hasUint32ArraySupport(){var e;var t;if(typeof s!=="function"){return false}try{t=[1,3.14,-3.14,i+1,i+2];t=new s(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===i-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint32ArraySupport},2709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:null;e.exports=t},4246:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(249);e.exports=r},249:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(228);var i=n(2732);var s=n(5545);function hasUint8ArraySupport(){var e;var t;if(typeof s!=="function"){return false}try{t=[1,3.14,-3.14,i+1,i+2];t=new s(t);e=r(t)&&t[0]===1&&t[1]===3&&t[2]===i-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint8ArraySupport},5545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:null;e.exports=t},5672:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7439);e.exports=r},7439:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547);var i=typeof Float64Array==="function";function isFloat64Array(e){return i&&e instanceof Float64Array||r(e)==="[object Float64Array]"}e.exports=isFloat64Array},7604:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5183);var i=n(4826);var s={uint16:i,uint8:r};e.exports=s},347:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7158);e.exports=r},7158:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7604);var i;function isLittleEndian(){var e;var t;e=new r["uint16"](1);e[0]=4660;t=new r["uint8"](e.buffer);return t[0]===52}i=isLittleEndian();e.exports=i},3599:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2394);e.exports=r},2394:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547);var i=typeof Uint16Array==="function";function isUint16Array(e){return i&&e instanceof Uint16Array||r(e)==="[object Uint16Array]"}e.exports=isUint16Array},3209:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8168);e.exports=r},8168:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547);var i=typeof Uint32Array==="function";function isUint32Array(e){return i&&e instanceof Uint32Array||r(e)==="[object Uint32Array]"}e.exports=isUint32Array},228:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7755);e.exports=r},7755:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(547);var i=typeof Uint8Array==="function";function isUint8Array(e){return i&&e instanceof Uint8Array||r(e)==="[object Uint8Array]"}e.exports=isUint8Array},8858:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=11754943508222875e-54;e.exports=t},45:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2.718281828459045;e.exports=t},5088:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2220446049250313e-31;e.exports=t},2404:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.5772156649015329;e.exports=t},1877:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1023|0;e.exports=t},6862:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.7853981633974483;e.exports=t},3822:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=10.900511;e.exports=t},9475:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.34657359027997264;e.exports=t},7934:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1.5707963267948966;e.exports=t},3935:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483647>>>0;e.exports=t},222:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2146435072;e.exports=t},5976:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483648>>>0;e.exports=t},8910:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1048575;e.exports=t},4322:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.9189385332046728;e.exports=t},1239:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.6931471805599453;e.exports=t},2656:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-1023|0;e.exports=t},6276:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1023|0;e.exports=t},4193:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=709.782712893384;e.exports=t},313:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=170|0;e.exports=t},6622:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=9007199254740991;e.exports=t},3424:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=17976931348623157e292;e.exports=t},4862:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-1074|0;e.exports=t},7999:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-708.3964185322641;e.exports=t},1475:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4241);var i=r.NEGATIVE_INFINITY;e.exports=i},1277:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=20|0;e.exports=t},9701:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=3.141592653589793;e.exports=t},469:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Number.POSITIVE_INFINITY;e.exports=t},5417:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=22250738585072014e-324;e.exports=t},8159:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1.4901161193847656e-8;e.exports=t},2385:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2.5066282746310007;e.exports=t},4739:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=6.283185307179586;e.exports=t},3960:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483647|0;e.exports=t},6653:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=65535|0;e.exports=t},8035:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=4294967295;e.exports=t},2732:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=255|0;e.exports=t},6990:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4209);e.exports=r},4209:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Function;e.exports=t},530:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8085);e.exports=r},8085:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2804);function isEven(e){return r(e/2)}e.exports=isEven},7234:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(661);e.exports=r},661:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(469);var i=n(1475);function isInfinite(e){return e===r||e===i}e.exports=isInfinite},2804:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3835);e.exports=r},3835:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2334);function isInteger(e){return r(e)===e}e.exports=isInteger},6523:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9382);e.exports=r},9382:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isnan(e){return e!==e}e.exports=isnan},3270:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8121);e.exports=r},8121:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1475);function isNegativeZero(e){return e===0&&1/e===r}e.exports=isNegativeZero},7687:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9106);e.exports=r},9106:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(530);function isOdd(e){if(e>0){return r(e-1)}return r(e+1)}e.exports=isOdd},866:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7685);e.exports=r},7685:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(469);function isPositiveZero(e){return e===0&&1/e===r}e.exports=isPositiveZero},6260:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6443);e.exports=r},6443:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function abs(e){return Math.abs(e)}e.exports=abs},9827:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7841);e.exports=r},7841:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1995, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var r=n(6523);var i=n(5478);var s=n(6862);var o=n(7947);var a=n(35);var f=6123233995736766e-32;function asin(e){var t;var n;var c;var l;var u;if(r(e)){return NaN}if(e>0){c=e}else{t=true;c=-e}if(c>1){return NaN}if(c>.625){n=1-c;l=n*a(n);n=i(n+n);u=s-n;n=n*l-f;u-=n;u+=s}else{if(c<1e-8){return e}n=c*c;u=n*o(n);u=c*u+c}return t?-u:u}e.exports=asin},7947:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var n;var r;if(e===0){return.16666666666666713}if(e<0){t=-e}else{t=e}if(t<=1){n=-8.198089802484825+e*(19.562619833175948+e*(-16.262479672107002+e*(5.444622390564711+e*(-.6019598008014124+e*.004253011369004428))));r=-49.18853881490881+e*(139.51056146574857+e*(-147.1791292232726+e*(70.49610280856842+e*(-14.740913729888538+e*1))))}else{e=1/e;n=.004253011369004428+e*(-.6019598008014124+e*(5.444622390564711+e*(-16.262479672107002+e*(19.562619833175948+e*-8.198089802484825))));r=1+e*(-14.740913729888538+e*(70.49610280856842+e*(-147.1791292232726+e*(139.51056146574857+e*-49.18853881490881))))}return n/r}e.exports=evalrational},35:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var n;var r;if(e===0){return.08333333333333809}if(e<0){t=-e}else{t=e}if(t<=1){n=28.536655482610616+e*(-25.56901049652825+e*(6.968710824104713+e*(-.5634242780008963+e*.002967721961301243)));r=342.43986579130785+e*(-383.8770957603691+e*(147.0656354026815+e*(-21.947795316429207+e*1)))}else{e=1/e;n=.002967721961301243+e*(-.5634242780008963+e*(6.968710824104713+e*(-25.56901049652825+e*28.536655482610616)));r=1+e*(-21.947795316429207+e*(147.0656354026815+e*(-383.8770957603691+e*342.43986579130785)))}return n/r}e.exports=evalrational},1354:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1165);e.exports=r},9530:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var n;var r;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){n=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));r=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;n=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));r=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return n/r}e.exports=evalrational},1165:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(6523);var i=n(7260);var s=n(5478);var o=n(6260);var a=n(1851);var f=n(6310);var c=n(45);var l=n(5088);var u=n(9530);var d=10.900511;function beta(e,t){var n;var h;var p;var m;var v;var g;var A;if(r(e)||r(t)){return NaN}if(e<0||t<0){return NaN}if(t===1){return 1/e}if(e===1){return 1/t}A=e+t;if(A<l){v=A/e;v/=t;return v}if(A===e&&t<l){return 1/t}if(A===t&&e<l){return 1/e}if(e<t){g=t;t=e;e=g}h=e+d-.5;p=t+d-.5;m=A+d-.5;v=u(e)*(u(t)/u(A));n=e-.5-t;if(o(t*n)<m*100&&e>100){v*=a(n*i(-t/m))}else{v*=f(h/m,n)}if(m>1e10){v*=f(h/m*(p/m),t)}else{v*=f(h*p/(m*m),t)}v*=s(c/p);return v}e.exports=beta},9986:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4757);e.exports=r},4757:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9818).assign;function betainc(e,t,n,i,s){var o=[0,0];i=i===false?false:true;s=s===true?true:false;r(e,t,n,i,s,o,1,0);return o[0]}e.exports=betainc},2913:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The code is adapted from the Fortran routine from the FNLIB library of the [SLATEC Common Mathematical Library]{@link https://netlib.org/slatec/fnlib/dcsevl.f}.
*
* The original code was developed by W. Fullerton of Los Alamos Scientific Laboratory, a governmental institution, and is therefore public domain.
*/
var t=[+1276642195630063e-46,-3.401102254316749e-30,+1025680058010471e-43,-35475981581010704e-43,+14292273559424982e-41,-6831888753985767e-39,+39628370610464347e-38,-2.868042435334643e-20,+2683181998482699e-33,-3399615005417722e-31,+6221098041892606e-29,-1809129475572494e-26,+9.81082564692473e-9,-1384948176067564e-20,+.16663894804518634];var n=t.length;function dcseval(e){var r;var i;var s;var o;var a;if(e<-1.1||e>1.1){return NaN}s=0;o=0;r=2*e;for(a=0;a<n;a++){i=s;s=o;o=r*s-i+t[a]}return(o-i)*.5}e.exports=dcseval},9364:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The code is adapted from the Fortran routine from the FNLIB library of the [SLATEC Common Mathematical Library]{@link https://netlib.org/fn/d9lgmc.f}.
*
* The original code was developed by W. Fullerton of Los Alamos Scientific Laboratory, a governmental institution, and is therefore public domain.
*/
var r=n(6310);var i=n(2913);var s=94906265.62425156;var o=3745194030963158e291;function gammaCorrection(e){if(e<10){return NaN}if(e>=o){return 0}if(e<s){return i(2*r(10/e,2)-1)/e}return 1/(e*12)}e.exports=gammaCorrection},5616:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3127);e.exports=r},3127:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The code is adapted from the Fortran routine from the FNLIB library of the [SLATEC Common Mathematical Library]{@link https://www.netlib.org/slatec/fnlib/albeta.f}.
*
* The original code was developed by W. Fullerton of Los Alamos Scientific Laboratory, a governmental institution, and is therefore public domain.
*/
var r=n(7711);var i=n(7260);var s=n(905);var o=n(2974);var a=n(8008);var f=n(1550);var c=n(4322);var l=n(1475);var u=n(469);var d=n(9364);function betaln(e,t){var n;var h;var p;h=a(e,t);p=o(e,t);if(h<0){return NaN}if(h===0){return u}if(p===u){return l}if(h>=10){n=d(h)+d(p)-d(h+p);return-.5*f(p)+c+n+(h-.5)*f(h/(h+p))+p*i(-h/(h+p))}if(p>=10){n=d(p)-d(h+p);return r(h)+n+h-h*f(h+p)+(p-.5)*i(-h/(h+p))}return f(s(h)*(s(p)/s(h+p)))}e.exports=betaln},7548:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7811);e.exports=r},7811:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6622);var i=n(469);var s=n(2804);var o=n(6523);var a=n(7687);var f=n(2334);var c=n(4370);function binomcoef(e,t){var n;var l;var u;var d;var h;var p;var m;if(o(e)||o(t)){return NaN}if(!s(e)||!s(t)){return NaN}if(t<0){return 0}l=1;if(e<0){e=-e+t-1;if(a(t)){l*=-1}}if(t>e){return 0}if(t===0||t===e){return l}if(t===1||t===e-1){return l*e}if(e-t<t){t=e-t}m=f(r/e);n=1;for(h=1;h<=t;h++){if(n>m){break}n*=e;n/=h;e-=1}if(h>t){return l*n}u=binomcoef(e,t-h+1);if(u===i){return l*u}d=binomcoef(t,t-h+1);p=c(u,d);u/=p;d/=p;n/=d;return l*n*u}e.exports=binomcoef},2558:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7073);e.exports=r},7073:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2804);var i=n(6523);var s=n(5616);var o=n(6260);var a=n(1550);var f=n(1475);function binomcoefln(e,t){if(i(e)||i(t)){return NaN}if(!r(e)||!r(t)){return NaN}if(e<0){return binomcoefln(-e+t-1,t)}if(t<0){return f}if(t===0){return 0}if(t===1){return a(o(e))}if(e<t){return f}if(e-t<2){return binomcoefln(e,e-t)}return-a(e+1)-s(e-t+1,t+1)}e.exports=binomcoefln},3385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7640);e.exports=r},7640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.ceil;e.exports=t},910:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9775);e.exports=r},9775:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5976);var i=n(3935);var s=n(7949);var o=n(2882);var a=n(7844);var f=[0,0];function copysign(e,t){var n;var c;s.assign(e,f,1,0);n=f[0];n&=i;c=o(t);c&=r;n|=c;return a(n,f[1])}e.exports=copysign},9191:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4274);e.exports=r},4274:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(2882);var i=n(1567);var s=n(186);var o=n(3982);var a=n(3935);var f=n(222);var c=[0,0];var l=1072243195|0;var u=1044381696|0;function cos(e){var t;var n;t=r(e);t&=a;if(t<=l){if(t<u){return 1}return i(e,0)}if(t>=f){return NaN}n=o(e,c);switch(n&3){case 0:return i(c[0],c[1]);case 1:return-s(c[0],c[1]);case 2:return-i(c[0],c[1]);default:return s(c[0],c[1])}}e.exports=cos},988:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4387);e.exports=r},4387:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(6523);var i=n(1851);var s=n(3786);var o=n(469);var a=n(1475);var f=n(8300);var c=n(8018);var l=n(675);var u=n(5266);var d=n(8925);var h=n(1332);var p=n(516);var m=n(9101);var v=1e-300;var g=13877787807814457e-33;var A=.8450629115104675;var w=.12837916709551256;var b=1;var I=-.0023621185607526594;var x=1;var E=-.009864944034847148;var B=1;var C=-.0098649429247001;var S=1;function erfc(e){var t;var n;var N;var T;var Q;var M;var F;var k;if(r(e)){return NaN}if(e===o){return 0}if(e===a){return 2}if(e===0){return 1}if(e<0){t=true;n=-e}else{t=false;n=e}if(n<.84375){if(n<g){return 1-e}N=e*e;T=w+N*f(N);Q=b+N*c(N);M=T/Q;if(e<.25){return 1-(e+e*M)}T=e*M;T+=e-.5;return.5-T}if(n<1.25){Q=n-1;F=I+Q*l(Q);k=x+Q*u(Q);if(t){return 1+A+F/k}return 1-A-F/k}if(n<28){Q=1/(n*n);if(n<2.857142857142857){T=E+Q*d(Q);Q=B+Q*h(Q)}else{if(e<-6){return 2-v}T=C+Q*p(Q);Q=S+Q*m(Q)}N=s(n,0);T=i(-(N*N)-.5625)*i((N-n)*(N+n)+T/Q);if(t){return 2-T/n}return T/n}if(t){return 2-v}return v*v}e.exports=erfc},675:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.41485611868374833}return.41485611868374833+e*(-.3722078760357013+e*(.31834661990116175+e*(-.11089469428239668+e*(.035478304325618236+e*-.002166375594868791))))}e.exports=evalpoly},8300:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.3250421072470015}return-.3250421072470015+e*(-.02848174957559851+e*(-.005770270296489442+e*-23763016656650163e-21))}e.exports=evalpoly},5266:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.10642088040084423}return.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+e*.011984499846799107))))}e.exports=evalpoly},8018:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.39791722395915535}return.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+e*-3960228278775368e-21)))}e.exports=evalpoly},8925:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.6938585727071818}return-.6938585727071818+e*(-10.558626225323291+e*(-62.375332450326006+e*(-162.39666946257347+e*(-184.60509290671104+e*(-81.2874355063066+e*-9.814329344169145)))))}e.exports=evalpoly},516:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.799283237680523}return-.799283237680523+e*(-17.757954917754752+e*(-160.63638485582192+e*(-637.5664433683896+e*(-1025.0951316110772+e*-483.5191916086514))))}e.exports=evalpoly},1332:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 19.651271667439257}return 19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+e*-.0604244152148581))))))}e.exports=evalpoly},9101:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 30.33806074348246}return 30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+e*-22.44095244658582)))))}e.exports=evalpoly},6567:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(3291);var i=n(1589);function expmulti(e,t,n){var s;var o;var a;var f;s=e-t;o=s*s;a=s-o*i(o);f=1-(t-s*a/(2-a)-e);return r(f,n)}e.exports=expmulti},1851:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1878);e.exports=r},1878:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(6523);var i=n(1262);var s=n(1475);var o=n(469);var a=n(6567);var f=.6931471803691238;var c=1.9082149292705877e-10;var l=1.4426950408889634;var u=709.782712893384;var d=-745.1332191019411;var h=1/(1<<28);var p=-h;function exp(e){var t;var n;var m;if(r(e)||e===o){return e}if(e===s){return 0}if(e>u){return o}if(e<d){return 0}if(e>p&&e<h){return 1+e}if(e<0){m=i(l*e-.5)}else{m=i(l*e+.5)}t=e-m*f;n=m*c;return a(t,n,m)}e.exports=exp},1589:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},141:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6172);e.exports=r},6172:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(6523);var i=n(2882);var s=n(5990);var o=n(7844);var a=n(469);var f=n(1475);var c=n(1877);var l=n(9475);var u=n(6736);var d=709.782712893384;var h=.6931471803691238;var p=1.9082149292705877e-10;var m=1.4426950408889634;var v=38.816242111356935;var g=1.0397207708399179;function expm1(e){var t;var n;var A;var w;var b;var I;var x;var E;var B;var C;var S;var N;var T;if(e===a||r(e)){return e}if(e===f){return-1}if(e===0){return e}if(e<0){A=true;E=-e}else{A=false;E=e}if(E>=v){if(A){return-1}if(E>=d){return a}}I=i(E)|0;if(E>l){if(E<g){if(A){w=e+h;b=-p;T=-1}else{w=e-h;b=p;T=1}}else{if(A){T=m*e-.5}else{T=m*e+.5}T|=0;S=T;w=e-S*h;b=S*p}e=w-b;C=w-e-b}else if(I<1016070144){return e}else{T=0}t=.5*e;B=e*t;x=1+B*u(B);S=3-x*t;N=B*((x-S)/(6-e*S));if(T===0){return e-(e*N-B)}n=o(c+T<<20,0);N=e*(N-C)-C;N-=B;if(T===-1){return.5*(e-N)-.5}if(T===1){if(e<-.25){return-2*(N-(e+.5))}return 1+2*(e-N)}if(T<=-2||T>56){E=1-(N-e);if(T===1024){w=i(E)+(T<<20)|0;E=s(E,w)}else{E*=n}return E-1}S=1;if(T<20){w=1072693248-(2097152>>T)|0;S=s(S,w);E=S-(N-e)}else{w=c-T<<20|0;S=s(S,w);E=e-(N+S);E+=1}E*=n;return E}e.exports=expm1},6736:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.03333333333333313}return-.03333333333333313+e*(.0015873015872548146+e*(-793650757867488e-19+e*(4008217827329362e-21+e*-2.0109921818362437e-7)))}e.exports=evalpoly},9119:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2938);e.exports=r},2938:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6523);var i=n(2804);var s=n(905);var o=n(469);var a=n(313);var f=n(7994);function factorial(e){if(r(e)){return NaN}if(i(e)){if(e<0){return NaN}if(e<=a){return f[e]}return o}return s(e+1)}e.exports=factorial},2334:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5681);e.exports=r},5681:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.floor;e.exports=t},1011:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(2950);var i=n(905);var s=n(7260);var o=n(6260);var a=n(1851);var f=n(6310);var c=n(5088);var l=n(45);var u=n(3822);var d=n(313);var h=4269068009004705e289;function gammaDeltaRatioLanczos(e,t){var n;var p;var m;if(e<c){if(t>=d){p=gammaDeltaRatioLanczos(t,d-t);p*=e;p*=h;return 1/p}return 1/(e*i(e+t))}m=e+u-.5;if(e+t===e){if(o(t/m)<c){n=a(-t)}else{n=1}}else{if(o(t)<10){n=a((.5-e)*s(t/m))}else{n=f(m/(m+t),e-.5)}n*=r(e)/r(e+t)}n*=f(l/(m+t),t);return n}e.exports=gammaDeltaRatioLanczos},4320:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2503);e.exports=r},2503:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(6260);var i=n(2334);var s=n(905);var o=n(9119);var a=n(313);var f=n(1011);function gammaDeltaRatio(e,t){var n;var c;var l;if(e<=0||e+t<=0){return s(e)/s(e+t)}c=i(t);if(c===t){l=i(e);if(l===e){if(e<=a&&e+t<=a){return o(l-1)/o(c+l-1)}}if(r(t)<20){if(t===0){return 1}if(t<0){e-=1;n=e;t+=1;while(t!==0){e-=1;n*=e;t+=1}return n}n=1/e;t-=1;while(t!==0){e+=1;n/=e;t-=1}return n}}return f(e,t)}e.exports=gammaDeltaRatio},2638:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2193);e.exports=r},2193:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(9497);e.exports=r},9497:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var n;var r;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){n=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));r=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;n=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));r=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return n/r}e.exports=evalrational},2950:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2185);e.exports=r},2185:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(350);e.exports=r},350:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var n;var r;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){n=38474670393.31777+e*(36857665043.51951+e*(15889202453.72942+e*(4059208354.298835+e*(680547661.1834733+e*(78239755.00312005+e*(6246580.776401795+e*(341986.3488721347+e*(12287.194511824551+e*(261.61404416416684+e*2.5066282746310007)))))))));r=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;n=2.5066282746310007+e*(261.61404416416684+e*(12287.194511824551+e*(341986.3488721347+e*(6246580.776401795+e*(78239755.00312005+e*(680547661.1834733+e*(4059208354.298835+e*(15889202453.72942+e*(36857665043.51951+e*38474670393.31777)))))))));r=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return n/r}e.exports=evalrational},905:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9848);e.exports=r},9848:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var r=n(6523);var i=n(2804);var s=n(3270);var o=n(6260);var a=n(2334);var f=n(1794);var c=n(469);var l=n(1475);var u=n(9701);var d=n(101);var h=n(6630);var p=n(3381);function gamma(e){var t;var n;var m;var v;if(i(e)&&e<0||e===l||r(e)){return NaN}if(e===0){if(s(e)){return l}return c}if(e>171.61447887182297){return c}if(e<-170.5674972726612){return 0}n=o(e);if(n>33){if(e>=0){return d(e)}m=a(n);if((m&1)===0){t=-1}else{t=1}v=n-m;if(v>.5){m+=1;v=n-m}v=n*f(u*v);return t*u/(o(v)*d(n))}v=1;while(e>=3){e-=1;v*=e}while(e<0){if(e>-1e-9){return h(e,v)}v/=e;e+=1}while(e<2){if(e<1e-9){return h(e,v)}v/=e;e+=1}if(e===2){return v}e-=2;return v*p(e)}e.exports=gamma},6886:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.08333333333334822}return.08333333333334822+e*(.0034722222160545866+e*(-.0026813261780578124+e*(-.00022954996161337813+e*.0007873113957930937)))}e.exports=evalpoly},3381:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var n;var r;if(e===0){return 1}if(e<0){t=-e}else{t=e}if(t<=1){n=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0))))));r=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))}else{e=1/e;n=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1))))));r=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))}return n/r}e.exports=evalrational},6630:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var r=n(2404);function gamma(e,t){return t/((1+r*e)*e)}e.exports=gamma},101:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var r=n(2385);var i=n(6310);var s=n(1851);var o=n(6886);var a=143.01608;function gamma(e){var t;var n;var f;t=1/e;t=1+t*o(t);n=s(e);if(e>a){f=i(e,.5*e-.25);n=f*(f/n)}else{n=i(e,e-.5)/n}return r*n*t}e.exports=gamma},7186:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7013);e.exports=r},3256:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(1550);var i=n(5088);var s=n(8280);var o=n(1440);var a=n(7492);var f=.15896368026733398;var c=.5281534194946289;var l=.45201730728149414;function lgammaSmallImp(e,t,n){var u;var d;var h;var p;if(e<i){return-r(e)}if(t===0||n===0){return 0}d=0;if(e>2){if(e>=3){do{e-=1;n-=1;d+=r(e)}while(e>=3);n=e-2}h=n*(e+1);p=s(n);d+=h*f+h*p;return d}if(e<1){d+=-r(e);n=t;t=e;e+=1}if(e<=1.5){h=o(t);u=t*n;d+=u*c+u*h;return d}h=n*t;p=a(-n);d+=h*l+h*p;return d}e.exports=lgammaSmallImp},7013:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(905);var i=n(141);var s=n(7260);var o=n(6523);var a=n(3256);function gamma1pm1(e){if(o(e)){return NaN}if(e<0){if(e<-.5){return r(1+e)-1}return i(-s(e)+a(e+2,e+1,e))}if(e<2){return i(a(e+1,e,e-1))}return r(1+e)-1}e.exports=gamma1pm1},8280:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var n;var r;if(e===0){return-.01803556856784494}if(e<0){t=-e}else{t=e}if(t<=1){n=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0))))));r=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-2.2335276320861708e-7))))))}else{e=1/e;n=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494))))));r=-2.2335276320861708e-7+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))}return n/r}e.exports=evalrational},1440:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var n;var r;if(e===0){return.04906224540690395}if(e<0){t=-e}else{t=e}if(t<=1){n=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955)))));r=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))}else{e=1/e;n=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395)))));r=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))}return n/r}e.exports=evalrational},7492:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var n;var r;if(e===0){return-.029232972183027003}if(e<0){t=-e}else{t=e}if(t<=1){n=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0)))));r=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8.271935218912905e-7)))))}else{e=1/e;n=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003)))));r=-8.271935218912905e-7+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))}return n/r}e.exports=evalrational},7078:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(1851);function finiteGammaQ(e,t){var n;var i;var s;var o;s=r(-t);i=s;if(i!==0){n=i;for(o=1;o<e;++o){n/=o;n*=t;i+=n}}return i}e.exports=finiteGammaQ},5120:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(988);var i=n(5478);var s=n(1851);var o=n(9701);function finiteHalfGammaQ(e,t){var n;var a;var f;var c;var l;c=r(i(t));if(c!==0&&e>1){a=s(-t)/i(o*t);a*=t;n=.5;a/=n;f=a;for(l=2;l<e;++l){a/=l-n;a*=t;f+=a}c+=f}return c}e.exports=finiteHalfGammaQ},5852:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(1851);var i=n(6310);var s=n(1550);var o=n(4193);var a=n(7999);function fullIGammaPrefix(e,t){var n;var f;f=e*s(t);if(t>=1){if(f<o&&-t>a){n=i(t,e)*r(-t)}else if(e>=1){n=i(t/r(t/e),e)}else{n=r(f-t)}}else{if(f>a){n=i(t,e)*r(-t)}else if(t/e<o){n=i(t/r(t/e),e)}else{n=r(f-t)}}return n}e.exports=fullIGammaPrefix},6144:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(2334);var i=n(905);var s=n(6260);var o=n(6310);var a=n(1550);var f=n(8159);var c=n(3424);var l=n(4193);var u=n(3781);var d=n(7078);var h=n(5120);var p=n(5852);var m=n(712);var v=n(7178);var g=n(4175);var A=n(97);var w=n(386);function igammaFinal(e,t,n,b){var I;var x;var E;var B;var C;var S;var N;var T;var Q;var M;var F;var k;var R;var U;N=0;T=b;S=t<30&&t<=e+1&&e<l;if(S){R=r(t);Q=R===t;E=Q?false:s(R-t)===.5}else{Q=false;E=false}if(Q&&e>.6){T=!T;x=0}else if(E&&e>.2){T=!T;x=1}else if(e<f&&t>1){x=6}else if(e>1e3&&(t<e||s(t-50)/e<1)){T=!T;x=7}else if(e<.5){if(-.4/a(e)<t){x=2}else{x=3}}else if(e<1.1){if(e*.75<t){x=2}else{x=3}}else{C=false;if(n&&t>20){M=s((e-t)/t);if(t>200){if(20/t>M*M){C=true}}else if(M<.4){C=true}}if(C){x=5}else if(e-1/(3*e)<t){x=2}else{x=4;T=!T}}switch(x){case 0:N=d(t,e);if(n===false){N*=i(t)}break;case 1:N=h(t,e);if(n===false){N*=i(t)}break;case 2:N=n?g(t,e):p(t,e);if(N!==0){B=0;I=false;if(T){B=n?1:i(t);if(n||N>=1||c*N>B){B/=N;if(n||t<1||c/t>B){B*=-t;I=true}else{B=0}}else{B=0}}N*=v(t,e,B)/t;if(I){T=false;N=-N}}break;case 3:T=!T;F=A(t,e,T);N=F[0];U=F[1];T=false;if(n){N/=U}break;case 4:N=n?g(t,e):p(t,e);if(N!==0){N*=w(t,e)}break;case 5:N=m(t,e);if(e>=t){T=!T}break;case 6:N=n?o(e,t)/i(t+1):o(e,t)/t;N*=1-t*e/(t+1);break;case 7:N=n?g(t,e):p(t,e);N/=e;if(N!==0){N*=u(t,e)}break}if(n&&N>1){N=1}if(T){k=n?1:i(t);N=k-N}return N}e.exports=igammaFinal},712:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(2096);var i=n(5430);var s=n(988);var o=n(5478);var a=n(1851);var f=n(4739);var c=n(4410);var l=n(5273);var u=n(736);var d=n(8135);var h=n(6870);var p=n(7589);var m=n(3164);var v=n(8099);var g=n(9413);var A=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(e,t){var n;var w;var b;var I;var x;w=(t-e)/e;b=-i(w);I=e*b;x=o(2*b);if(t<e){x=-x}A[0]=c(x);A[1]=l(x);A[2]=u(x);A[3]=d(x);A[4]=h(x);A[5]=p(x);A[6]=m(x);A[7]=v(x);A[8]=g(x);A[9]=-.0005967612901927463;n=r(A,1/e);n*=a(-I)/o(f*e);if(t<e){n=-n}n+=s(o(I))/2;return n}e.exports=igammaTemmeLarge},5479:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3218);e.exports=r},7178:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(6491);var i=n(3027);function lowerGammaSeries(e,t,n){var s;var o;n=n||0;o=i(e,t);s=r(o,{initialValue:n});return s}e.exports=lowerGammaSeries},3027:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function lowerIncompleteGammaSeries(e,t){var n=1;var r=e;var i=t;return next;function next(){var e=n;r+=1;n*=i/r;return e}}e.exports=lowerIncompleteGammaSeries},3218:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(7711);var i=n(1851);var s=n(1550);var o=n(2385);var a=n(4193);var f=n(469);var c=n(313);var l=n(6144);var u=n(7178);var d=n(386);function gammainc(e,t,n,h){var p;var m;var v;var g;if(e<0||t<=0){return NaN}p=n===void 0?true:n;v=h;if(t>=c&&!p){if(v&&t*4<e){g=t*s(e)-e;g+=s(d(t,e))}else if(!v&&t>4*e){g=t*s(e)-e;m=0;g+=s(u(t,e,m)/t)}else{g=l(e,t,true,v);if(g===0){if(v){g=1+1/(12*t)+1/(288*t*t);g=s(g)-t+(t-.5)*s(t);g+=s(o)}else{g=t*s(e)-e;m=0;g+=s(u(t,e,m)/t)}}else{g=s(g)+r(t)}}if(g>a){return f}return i(g)}return l(e,t,p,v)}e.exports=gammainc},4410:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.3333333333333333}return-.3333333333333333+e*(.08333333333333333+e*(-.014814814814814815+e*(.0011574074074074073+e*(.0003527336860670194+e*(-.0001787551440329218+e*(3919263178522438e-20+e*(-21854485106799924e-22+e*(-185406221071516e-20+e*(8.296711340953087e-7+e*(-1.7665952736826078e-7+e*(6.707853543401498e-9+e*(1.0261809784240309e-8+e*(-4.382036018453353e-9+e*9.14769958223679e-10)))))))))))))}e.exports=evalpoly},5273:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.001851851851851852}return-.001851851851851852+e*(-.003472222222222222+e*(.0026455026455026454+e*(-.0009902263374485596+e*(.00020576131687242798+e*(-4.018775720164609e-7+e*(-18098550334489977e-21+e*(764916091608111e-20+e*(-16120900894563446e-22+e*(4.647127802807434e-9+e*(1.378633446915721e-7+e*(-5.752545603517705e-8+e*1.1951628599778148e-8)))))))))))}e.exports=evalpoly},736:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.004133597883597883}return.004133597883597883+e*(-.0026813271604938273+e*(.0007716049382716049+e*(20093878600823047e-22+e*(-.00010736653226365161+e*(52923448829120125e-21+e*(-12760635188618728e-21+e*(3.423578734096138e-8+e*(13721957309062932e-22+e*(-6.298992138380055e-7+e*1.4280614206064242e-7)))))))))}e.exports=evalpoly},8135:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0006494341563786008}return.0006494341563786008+e*(.00022947209362139917+e*(-.0004691894943952557+e*(.00026772063206283885+e*(-7561801671883977e-20+e*(-2.396505113867297e-7+e*(11082654115347302e-21+e*(-56749528269915965e-22+e*14230900732435883e-22)))))))}e.exports=evalpoly},6870:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.0008618882909167117}return-.0008618882909167117+e*(.0007840392217200666+e*(-.0002990724803031902+e*(-14638452578843418e-22+e*(6641498215465122e-20+e*(-3968365047179435e-20+e*11375726970678419e-21)))))}e.exports=evalpoly},7589:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.00033679855336635813}return-.00033679855336635813+e*(-6972813758365858e-20+e*(.0002772753244959392+e*(-.00019932570516188847+e*(6797780477937208e-20+e*(1.419062920643967e-7+e*(-13594048189768693e-21+e*(8018470256334202e-21+e*-2291481176508095e-21)))))))}e.exports=evalpoly},3164:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0005313079364639922}return.0005313079364639922+e*(-.0005921664373536939+e*(.0002708782096718045+e*(7.902353232660328e-7+e*(-8153969367561969e-20+e*(561168275310625e-19+e*-18329116582843375e-21)))))}e.exports=evalpoly},8099:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.00034436760689237765}return.00034436760689237765+e*(5171790908260592e-20+e*(-.00033493161081142234+e*(.0002812695154763237+e*-.00010976582244684731)))}e.exports=evalpoly},9413:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.0006526239185953094}return-.0006526239185953094+e*(.0008394987206720873+e*-.000438297098541721)}e.exports=evalpoly},4175:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(2638);var i=n(7711);var s=n(905);var o=n(5430);var a=n(5478);var f=n(6260);var c=n(1851);var l=n(6310);var u=n(2974);var d=n(8008);var h=n(1550);var p=n(3424);var m=n(4193);var v=n(7999);var g=n(3822);var A=n(45);function regularisedGammaPrefix(e,t){var n;var w;var b;var I;var x;var E;var B;b=e+g-.5;B=(t-e-g+.5)/b;if(e<1){if(t<=v||e<1/p){return c(e*h(t)-t-i(e))}return l(t,e)*c(-t)/s(e)}if(f(B*B*e)<=100&&e>150){n=e*o(B)+t*(.5-g)/b;n=c(n)}else{I=e*h(t/b);x=e-t;if(d(I,x)<=v||u(I,x)>=m){w=x/e;if(d(I,x)/2>v&&u(I,x)/2<m){E=l(t/b,e/2)*c(x/2);n=E*E}else if(d(I,x)/4>v&&u(I,x)/4<m&&t>e){E=l(t/b,e/4)*c(x/4);n=E*E;n*=n}else if(w>v&&w<m){n=l(t*c(w)/b,e)}else{n=c(I+x)}}else{n=l(t/b,e)*c(x)}}n*=a(b/A)/r(e);return n}e.exports=regularisedGammaPrefix},7708:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function smallGamma2Series(e,t){var n;var r;var i;var s;n=-t;t=-t;r=e+1;i=1;return next;function next(){s=n/r;n*=t;i+=1;n/=i;r+=1;return s}}e.exports=smallGamma2Series},3781:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(6491);var i=n(4809);function tgammaILargeX(e,t){var n;var s;s=i(e,t);n=r(s);return n}e.exports=tgammaILargeX},4809:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function tgammaILargeXSeries(e,t){var n=1;var r=e;var i=t;return next;function next(){var e=n;n*=r/i;r-=1;return e}}e.exports=tgammaILargeXSeries},97:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(4756);var i=n(6491);var s=n(7186);var o=n(7708);function tgammaSmallUpperPart(e,t,n){var a;var f;var c;var l;var u;f=s(e);c=(f+1)/e;l=r(t,e);f-=l;f/=e;u=o(e,t);l+=1;a=n?c:0;f=-l*i(u,{initialValue:(a-f)/l});if(n){f=-f}return[f,c]}e.exports=tgammaSmallUpperPart},386:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(508);var i=n(2923);function upperGammaFraction(e,t){var n=i(e,t);return 1/(t-e+1+r(n))}e.exports=upperGammaFraction},2923:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function upperIncompleteGammaFract(e,t){var n=t-e+1;var r=e;var i=0;return next;function next(){i+=1;n+=2;return[i*(r-i),n]}}e.exports=upperIncompleteGammaFract},7711:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8554);e.exports=r},8554:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(6523);var i=n(7234);var s=n(6260);var o=n(1550);var a=n(1262);var f=n(8901);var c=n(9701);var l=n(469);var u=n(9303);var d=n(5690);var h=n(1271);var p=n(7120);var m=n(2778);var v=n(6503);var g=n(2352);var A=n(7942);var w=n(5059);var b=n(9596);var I=.07721566490153287;var x=.3224670334241136;var E=1;var B=-.07721566490153287;var C=.48383612272381005;var S=-.1475877229945939;var N=.06462494023913339;var T=-.07721566490153287;var Q=1;var M=.4189385332046727;var F=1.4616321449683622;var k=4503599627370496;var R=72057594037927940;var U=13877787807814457e-33;var L=1.4616321449683622;var P=-.12148629053584961;var D=-3638676997039505e-33;function gammaln(e){var t;var n;var q;var G;var O;var V;var H;var z;var Y;var W;var j;var Z;var K;if(r(e)||i(e)){return e}if(e===0){return l}if(e<0){t=true;e=-e}else{t=false}if(e<U){return-o(e)}if(t){if(e>=k){return l}Y=f(e);if(Y===0){return l}n=o(c/s(Y*e))}if(e===1||e===2){return 0}if(e<2){if(e<=.9){K=-o(e);if(e>=F-1+.27){j=1-e;q=0}else if(e>=F-1-.27){j=e-(L-1);q=1}else{j=e;q=2}}else{K=0;if(e>=F+.27){j=2-e;q=0}else if(e>=F-.27){j=e-L;q=1}else{j=e-1;q=2}}switch(q){case 0:Z=j*j;V=I+Z*u(Z);O=Z*(x+Z*d(Z));H=j*V+O;K+=H-.5*j;break;case 1:Z=j*j;W=Z*j;V=C+W*m(W);O=S+W*v(W);G=N+W*g(W);H=Z*V-(D-W*(O+j*G));K+=P+H;break;case 2:V=j*(T+j*A(j));O=Q+j*w(j);K+=-.5*j+V/O;break}}else if(e<8){q=a(e);j=e-q;H=j*(B+j*p(j));z=E+j*h(j);K=.5*j+H/z;Z=1;switch(q){case 7:Z*=j+6;case 6:Z*=j+5;case 5:Z*=j+4;case 4:Z*=j+3;case 3:Z*=j+2;K+=o(Z)}}else if(e<R){Y=o(e);Z=1/e;j=Z*Z;W=M+Z*b(j);K=(e-.5)*(Y-1)+W}else{K=e*(o(e)-1)}if(t){K=n-K}return K}e.exports=gammaln},9303:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.06735230105312927}return.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+e*25214456545125733e-21)))}e.exports=evalpoly},5690:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.020580808432516733}return.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+e*44864094961891516e-21)))}e.exports=evalpoly},1271:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 1.3920053346762105}return 1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+e*7326684307446256e-21))))}e.exports=evalpoly},7120:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.21498241596060885}return.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+e*3194753265841009e-20))))}e.exports=evalpoly},2778:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.032788541075985965}return-.032788541075985965+e*(.006100538702462913+e*(-.0014034646998923284+e*.00031563207090362595))}e.exports=evalpoly},6503:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.01797067508118204}return.01797067508118204+e*(-.0036845201678113826+e*(.000881081882437654+e*-.00031275416837512086))}e.exports=evalpoly},2352:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.010314224129834144}return-.010314224129834144+e*(.0022596478090061247+e*(-.0005385953053567405+e*.0003355291926355191))}e.exports=evalpoly},7942:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6328270640250934}return.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+e*.013381091853678766)))}e.exports=evalpoly},5059:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 2.4559779371304113}return 2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+e*.003217092422824239)))}e.exports=evalpoly},9596:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.08333333333333297}return.08333333333333297+e*(-.0027777777772877554+e*(.0007936505586430196+e*(-.00059518755745034+e*(.0008363399189962821+e*-.0016309293409657527))))}e.exports=evalpoly},512:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var n=1;var r;if(e===0){return t}if(t===0){return e}while(e%2===0&&t%2===0){e/=2;t/=2;n*=2}while(e%2===0){e/=2}while(t){while(t%2===0){t/=2}if(e>t){r=t;t=e;e=r}t-=e}return n*e}e.exports=gcd},9216:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var n=0;var r;if(e===0){return t}if(t===0){return e}while((e&1)===0&&(t&1)===0){e>>>=1;t>>>=1;n+=1}while((e&1)===0){e>>>=1}while(t){while((t&1)===0){t>>>=1}if(e>t){r=t;t=e;e=r}t-=e}return e<<n}e.exports=gcd},4370:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1413);e.exports=r},1413:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6523);var i=n(2804);var s=n(469);var o=n(1475);var a=n(3960);var f=n(9216);var c=n(512);function gcd(e,t){if(r(e)||r(t)){return NaN}if(e===s||t===s||e===o||t===o){return NaN}if(!(i(e)&&i(t))){return NaN}if(e<0){e=-e}if(t<0){t=-t}if(e<=a&&t<=a){return f(e,t)}return c(e,t)}e.exports=gcd},9061:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(6523);var i=n(141);var s=n(2334);var o=n(7260);var a=n(9827);var f=n(1354);var c=n(5478);var l=n(1851);var u=n(6310);var d=n(2974);var h=n(8008);var p=n(3424);var m=n(5417);var v=n(3960);var g=n(7934);var A=n(9701);var w=n(1471);var b=n(1402);var I=n(6005);var x=n(2148);var E=n(7531);var B=n(9140);var C=n(6203);var S=1/A;function ibetaImp(e,t,n,N,T,Q,M,F){var k;var R;var U;var L;var P;var D;var q;var G;var O;var V;var H;var z;z=1-e;q=F;G=F+M;Q[G]=-1;if(r(e)||e<0||e>1){Q[q]=NaN;Q[G]=NaN;return Q}if(N){if(t<0||n<0){Q[q]=NaN;Q[G]=NaN;return Q}if(t===0){if(n===0){Q[q]=NaN;Q[G]=NaN;return Q}if(n>0){Q[q]=T?0:1;return Q}}else if(n===0){if(t>0){Q[q]=T?1:0;return Q}}}else if(t<=0||n<=0){Q[q]=NaN;Q[G]=NaN;return Q}if(e===0){if(t===1){Q[G]=1}else{Q[G]=t<1?p/2:m*2}if(T){Q[q]=N?1:f(t,n);return Q}Q[q]=0;return Q}if(e===1){if(n===1){Q[G]=1}else{Q[G]=n<1?p/2:m*2}if(T){Q[q]=0}else{Q[q]=N?1:f(t,n)}return Q}if(t===.5&&n===.5){Q[G]=S*c(z*e);H=T?a(c(z)):a(c(e));H/=g;if(!N){H*=A}Q[q]=H;return Q}if(t===1){D=n;n=t;t=D;D=z;z=e;e=D;T=!T}if(n===1){if(t===1){Q[q]=T?z:e;Q[G]=1;return Q}Q[G]=t*u(e,t-1);if(z<.5){H=T?-i(t*o(-z)):l(t*o(-z))}else{H=T?-(u(e,t)-1):u(e,t)}if(!N){H/=t}Q[q]=H;return Q}if(h(t,n)<=1){if(e>.5){D=n;n=t;t=D;D=z;z=e;e=D;T=!T}if(d(t,n)<=1){if(t>=h(.2,n)||u(e,t)<=.9){if(T){U=-(N?1:f(t,n));T=false;U=-C(t,n,e,U,N,Q,z)}else{U=C(t,n,e,0,N,Q,z)}}else{D=n;n=t;t=D;D=z;z=e;e=D;T=!T;if(z>=.3){if(T){U=-(N?1:f(t,n));T=false;U=-C(t,n,e,U,N,Q,z)}else{U=C(t,n,e,0,N,Q,z)}}else{if(N){R=1}else{R=b(t+n,t,20)}U=B(t,n,e,z,20,N,Q);if(T){U-=N?1:f(t,n);T=false;U=-w(t+20,n,e,z,U,R,N)}else{U=w(t+20,n,e,z,U,R,N)}}}}else if(n<=1||e<.1&&u(n*e,t)<=.7){if(T){U=-(N?1:f(t,n));T=false;U=-C(t,n,e,U,N,Q,z)}else{U=C(t,n,e,0,N,Q,z)}}else{D=n;n=t;t=D;D=z;z=e;e=D;T=!T;if(z>=.3){if(T){U=-(N?1:f(t,n));T=false;U=-C(t,n,e,U,N,Q,z)}else{U=C(t,n,e,0,N,Q,z)}}else if(t>=15){if(T){U=-(N?1:f(t,n));T=false;U=-w(t,n,e,z,U,1,N)}else{U=w(t,n,e,z,0,1,N)}}else{if(N){R=1}else{R=b(t+n,t,20)}U=B(t,n,e,z,20,N,Q);if(T){U-=N?1:f(t,n);T=false;U=-w(t+20,n,e,z,U,R,N)}else{U=w(t+20,n,e,z,U,R,N)}}}}else{if(t<n){k=t-(t+n)*e}else{k=(t+n)*z-n}if(k<0){D=n;n=t;t=D;D=z;z=e;e=D;T=!T}if(n<40){if(s(t)===t&&s(n)===n&&t<v-100){O=t-1;V=n+O;U=E(V,O,e,z);if(!N){U*=f(t,n)}}else if(n*e<=.7){if(T){U=-(N?1:f(t,n));T=false;U=-C(t,n,e,U,N,Q,z)}else{U=C(t,n,e,0,N,Q,z)}}else if(t>15){V=s(n);if(V===n){V-=1}L=n-V;if(N){R=1}else{R=b(t+L,L,V)}U=B(L,t,z,e,V,N);U=w(t,L,e,z,U,1,N);U/=R}else if(N){V=s(n);L=n-V;if(L<=0){V-=1;L+=1}U=B(L,t,z,e,V,N);U+=B(t,L,e,z,20,N);if(T){U-=1}U=w(t+20,L,e,z,U,1,N);if(T){U=-U;T=false}}else{U=x(t,n,e,z,N,Q)}}else{U=x(t,n,e,z,N,Q)}}if(Q[G]<0){Q[G]=I(t,n,e,z,true)}P=z*e;if(Q[G]!==0){if(p*P<Q[G]){Q[G]=p/2}else{Q[G]/=P}}Q[q]=T?(N?1:f(t,n))-U:U;return Q}e.exports=ibetaImp},1471:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(4320);var i=n(9119);var s=n(5479);var o=n(7260);var a=n(6260);var f=n(6310);var c=n(1550);var l=n(5417);var u=n(5088);var d=n(7499);var h=n(4141);var p=new Array(30);function betaSmallBLargeASeries(e,t,n,m,v,g,A){var w;var b;var I;var x;var E;var B;var C;var S;var N;var T;var Q;var M;var F;var k;var R;var U;var L;var P;B=t-1;L=e+B/2;if(m<.35){T=o(-m)}else{T=c(n)}P=-L*T;M=h(t,P);if(M<=l){return v}if(A){w=M/r(e,t);w/=f(L,t)}else{w=d(t,P)/f(L,t)}w*=g;p[0]=1;F=s(P,t,true,true);F/=M;x=v+w*F;I=1;C=T/2;C*=C;S=1;Q=4*L*L;E=t;for(R=1;R<p.length;++R){I+=2;p[R]=0;N=t-R;b=3;for(k=1;k<R;++k){N=k*t-R;p[R]+=N*p[R-k]/i(b);b+=2}p[R]/=R;p[R]+=B/i(I);F=(E*(E+1)*F+(P+E+1)*S)/Q;S*=C;E+=2;U=w*p[R]*F;x+=U;if(U>1){if(a(U)<a(u*x)){break}}else if(a(U/u)<a(x)){break}}return x}e.exports=betaSmallBLargeASeries},7531:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(7548);var i=n(2334);var s=n(6310);var o=n(5417);function binomialCCDF(e,t,n,a){var f;var c;var l;var u;var d;c=s(n,e);if(c>o){u=c;for(d=i(e-1);d>t;d--){u*=(d+1)*a/((e-d)*n);c+=u}}else{l=i(e*n);if(l<=t+1){l=i(t+2)}c=s(n,l)*s(a,e-l);c*=r(i(e),i(l));if(c===0){for(d=l-1;d>t;d--){c+=s(n,d)*s(a,e-d);c*=r(i(e),i(d))}}else{u=c;f=c;for(d=l-1;d>t;d--){u*=(d+1)*a/((e-d)*n);c+=u}u=f;for(d=l+1;d<=e;d++){u*=(e-d+1)*n/(d*a);c+=u}}}return c}e.exports=binomialCCDF},7499:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(1851);var i=n(6310);var s=n(1550);var o=n(4193);var a=n(7999);function fullIGammaPrefix(e,t){var n;var f;f=e*s(t);if(t>=1){if(f<o&&-t>a){n=i(t,e)*r(-t)}else if(e>=1){n=i(t/r(t/e),e)}else{n=r(f-t)}}else if(f>a){n=i(t,e)*r(-t)}else if(t/e<o){n=i(t/r(t/e),e)}else{n=r(f-t)}return n}e.exports=fullIGammaPrefix},9140:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(6005);function ibetaAStep(e,t,n,i,s,o,a){var f;var c;var l;var u;f=r(e,t,n,i,o);if(a){a[1]=f}f/=e;if(f===0){return f}l=1;c=1;for(u=0;u<s-1;++u){c*=(e+t+u)*n/(e+u+1);l+=c}f*=l;return f}e.exports=ibetaAStep},2148:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(508);var i=n(6005);var s={keep:true,maxIter:1e3};function ibetaFraction2t(e,t,n,r){var i=0;return next;function next(){var s;var o;var a;o=(e+i-1)*(e+t+i-1)*i*(t-i)*n*n;s=e+2*i-1;o/=s*s;a=i;a+=i*(t-i)*n/(e+2*i-1);a+=(e+i)*(e*r-t*n+1+i*(2-n))/(e+2*i+1);i+=1;return[o,a]}}function ibetaFraction2(e,t,n,o,a,f){var c;var l;var u;c=i(e,t,n,o,a);if(f){f[1]=c}if(c===0){return c}u=ibetaFraction2t(e,t,n,o);l=r(u,s);return c/l}e.exports=ibetaFraction2},6005:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(2638);var i=n(9594);var s=n(9912);var o=n(141);var a=n(7260);var f=n(5478);var c=n(6260);var l=n(1851);var u=n(6310);var d=n(8008);var h=n(1550);var p=n(4193);var m=n(7999);var v=n(3822);var g=n(45);function ibetaPowerTerms(e,t,n,A,w){var b;var I;var x;var E;var B;var C;var S;var N;var T;var Q;var M;var F;var k;var R;if(!w){return u(n,e)*u(A,t)}k=e+t;E=e+v-.5;B=t+v-.5;C=k+v-.5;b=r(k);b/=r(e)*r(t);b*=f(B/g);b*=f(E/C);S=(n*t-A*E)/E;N=(A*e-n*B)/B;if(s(S,N)<.2){if(S*N>0||d(e,t)<1){if(c(S)<.1){b*=l(e*a(S))}else{b*=u(n*C/E,e)}if(c(N)<.1){b*=l(t*a(N))}else{b*=u(A*C/B,t)}}else if(i(S,N)<.5){I=e<t;x=t/e;if(I&&x*N<.1||!I&&S/x>.1){T=o(x*a(N));T=S+T+T*S;T=e*a(T);b*=l(T)}else{T=o(a(S)/x);T=N+T+T*N;T=t*a(T);b*=l(T)}}else if(c(S)<c(N)){R=e*a(S)+t*h(A*C/B);if(R<=m||R>=p){R+=h(b);if(R>=p){return NaN}b=l(R)}else{b*=l(R)}}else{R=t*a(N)+e*h(n*C/E);if(R<=m||R>=p){R+=h(b);if(R>=p){return NaN}b=l(R)}else{b*=l(R)}}}else{M=n*C/E;F=A*C/B;S=e*h(M);N=t*h(F);if(S>=p||S<=m||N>=p||N<=m){if(e<t){Q=u(F,t/e);T=e*(h(M)+h(Q));if(T<p&&T>m){b*=u(Q*M,e)}else{N+=S+h(b);if(N>=p){return NaN}b=l(N)}}else{Q=u(M,e/t);T=(h(Q)+h(F))*t;if(T<p&&T>m){b*=u(Q*F,t)}else{N+=S+h(b);if(N>=p){return NaN}b=l(N)}}}else{b*=u(M,e)*u(F,t)}}return b}e.exports=ibetaPowerTerms},6203:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(2638);var i=n(6491);var s=n(7260);var o=n(5478);var a=n(1851);var f=n(6310);var c=n(1550);var l=n(5417);var u=n(4193);var d=n(7999);var h=n(3822);var p=n(45);var m={maxTerms:100};function ibetaSeriesT(e,t,n,r){var i=1-t;var s=1;return next;function next(){var t=r/e;e+=1;r*=i*n/s;s+=1;i+=1;return t}}function ibetaSeries(e,t,n,v,g,A,w){var b;var I;var x;var E;var B;var C;var S;var N;if(g){S=e+t;I=e+h-.5;x=t+h-.5;E=S+h-.5;b=r(S)/(r(e)*r(t));B=c(E/x)*(t-.5);C=c(n*E/I)*e;if(B>d&&B<u&&C>d&&C<u){if(e*t<x*10){b*=a((t-.5)*s(e/x))}else{b*=f(E/x,t-.5)}b*=f(n*E/I,e);b*=o(I/p);if(A){A[1]=b*f(w,t)}}else{b=c(b)+B+C+(c(I)-1)/2;if(A){A[1]=a(b+t*c(w))}b=a(b)}}else{b=f(n,e)}if(b<l){return v}N=ibetaSeriesT(e,t,n,b);m.initialValue=v;return i(N,m)}e.exports=ibetaSeries},9818:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var i=n(4573);var s=n(9061);r(i,"assign",s);e.exports=i},4573:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9061);function kernelBetainc(e,t,n,i,s){return r(e,t,n,i,s,[0,0],1,0)}e.exports=kernelBetainc},4141:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(2638);var i=n(7711);var s=n(905);var o=n(7260);var a=n(5478);var f=n(6260);var c=n(1851);var l=n(6310);var u=n(2974);var d=n(8008);var h=n(1550);var p=n(4193);var m=n(7999);var v=n(3822);var g=n(45);function regularizedGammaPrefix(e,t){var n;var A;var w;var b;var I;var x;var E;w=e+v-.5;E=(t-e-v+.5)/w;if(e<1){if(t<=m){return c(e*h(t)-t-i(e))}return l(t,e)*c(-t)/s(e)}if(f(E*E*e)<=100&&e>150){n=e*(o(E)-E)+t*(.5-v)/w;n=c(n)}else{b=e*h(t/w);I=e-t;if(d(b,I)<=m||u(b,I)>=p){A=I/e;if(d(b,I)/2>m&&u(b,I)/2<p){x=l(t/w,e/2)*c(I/2);n=x*x}else if(d(b,I)/4>m&&u(b,I)/4<p&&t>e){x=l(t/w,e/4)*c(I/4);n=x*x;n*=n}else if(A>m&&A<p){n=l(t*c(A)/w,e)}else{n=c(b+I)}}else{n=l(t/w,e)*c(I)}}n*=a(w/g)/r(e);return n}e.exports=regularizedGammaPrefix},1402:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function risingFactorialRatio(e,t,n){var r;var i;if(n===0){return 1}r=1;for(i=0;i<n;i++){r*=(e+i)/(t+i)}return r}e.exports=risingFactorialRatio},1567:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4010);e.exports=r},4010:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(5732);var i=n(3242);function kernelCos(e,t){var n;var s;var o;var a;a=e*e;o=a*a;s=a*r(a);s+=o*o*i(a);n=.5*a;o=1-n;return o+(1-o-n+(a*s-e*t))}e.exports=kernelCos},5732:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0416666666666666}return.0416666666666666+e*(-.001388888888887411+e*2480158728947673e-20)}e.exports=evalpoly},3242:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-2.7557314351390663e-7}return-2.7557314351390663e-7+e*(2.087572321298175e-9+e*-11359647557788195e-27)}e.exports=evalpoly},186:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7485);e.exports=r},7485:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=-.16666666666666632;var n=.00833333333332249;var r=-.0001984126982985795;var i=27557313707070068e-22;var s=-2.5050760253406863e-8;var o=1.58969099521155e-10;function kernelSin(e,a){var f;var c;var l;var u;u=e*e;l=u*u;f=n+u*(r+u*i)+u*l*(s+u*o);c=u*e;if(a===0){return e+c*(t+u*f)}return e-(u*(.5*a-c*f)-a-c*t)}e.exports=kernelSin},3291:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3078);e.exports=r},3078:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(469);var i=n(1475);var s=n(1877);var o=n(6276);var a=n(2656);var f=n(4862);var c=n(6523);var l=n(7234);var u=n(910);var d=n(9335).assign;var h=n(6075);var p=n(7949);var m=n(7844);var v=2220446049250313e-31;var g=2148532223>>>0;var A=[0,0];var w=[0,0];function ldexp(e,t){var n;var b;if(t===0||e===0||c(e)||l(e)){return e}d(e,A,1,0);e=A[0];t+=A[1];t+=h(e);if(t<f){return u(0,e)}if(t>o){if(e<0){return i}return r}if(t<=a){t+=52;b=v}else{b=1}p.assign(e,w,1,0);n=w[0];n&=g;n|=t+s<<20;return b*m(n,w[1])}e.exports=ldexp},1550:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5553);e.exports=r},5553:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(2882);var i=n(5990);var s=n(6523);var o=n(1877);var a=n(1475);var f=n(6488);var c=n(1103);var l=.6931471803691238;var u=1.9082149292705877e-10;var d=0x40000000000000;var h=.3333333333333333;var p=1048575|0;var m=2146435072|0;var v=1048576|0;var g=1072693248|0;function ln(e){var t;var n;var A;var w;var b;var I;var x;var E;var B;var C;var S;var N;if(e===0){return a}if(s(e)||e<0){return NaN}n=r(e);b=0|0;if(n<v){b-=54|0;e*=d;n=r(e)}if(n>=m){return e+e}b+=(n>>20)-o|0;n&=p;E=n+614244&1048576|0;e=i(e,n|E^g);b+=E>>20|0;x=e-1;if((p&2+n)<3){if(x===0){if(b===0){return 0}return b*l+b*u}I=x*x*(.5-h*x);if(b===0){return x-I}return b*l-(I-b*u-x)}C=x/(2+x);N=C*C;E=n-398458|0;S=N*N;B=440401-n|0;w=S*f(S);A=N*c(S);E|=B;I=A+w;if(E>0){t=.5*x*x;if(b===0){return x-(t-C*(t+I))}return b*l-(t-(C*(t+I)+b*u)-x)}if(b===0){return x-C*(x-I)}return b*l-(C*(x-I)-b*u-x)}e.exports=ln},6488:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.3999999999940942}return.3999999999940942+e*(.22222198432149784+e*.15313837699209373)}e.exports=evalpoly},1103:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+e*.14798198605116586))}e.exports=evalpoly},7260:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7306);e.exports=r},7306:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(6523);var i=n(2882);var s=n(5990);var o=n(469);var a=n(1475);var f=n(1877);var c=n(897);var l=.6931471803691238;var u=1.9082149292705877e-10;var d=.41421356237309503;var h=-.2928932188134525;var p=1.862645149230957e-9;var m=5551115123125783e-32;var v=9007199254740992;var g=.6666666666666666;function log1p(e){var t;var n;var A;var w;var b;var I;var x;var E;var B;var C;if(e<-1||r(e)){return NaN}if(e===-1){return a}if(e===o){return e}if(e===0){return e}if(e<0){A=-e}else{A=e}C=1;if(A<d){if(A<p){if(A<m){return e}return e-e*e*.5}if(e>h){C=0;w=e;n=1}}if(C!==0){if(A<v){B=1+e;n=i(B);C=(n>>20)-f;if(C>0){b=1-(B-e)}else{b=e-(B-1)}b/=B}else{B=e;n=i(B);C=(n>>20)-f;b=0}n&=1048575;if(n<434334){B=s(B,n|1072693248)}else{C+=1;B=s(B,n|1071644672);n=1048576-n>>2}w=B-1}t=.5*w*w;if(n===0){if(w===0){b+=C*u;return C*l+b}E=t*(1-g*w);return C*l-(E-(C*u+b)-w)}I=w/(2+w);x=I*I;E=x*c(x);if(C===0){return w-(t-I*(t+E))}return C*l-(t-(I*(t+E)+(C*u+b))-w)}e.exports=log1p},897:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+e*.14798198605116586)))))}e.exports=evalpoly},5430:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4473);e.exports=r},4781:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
*/
function log1pSeries(e){var t=-e;var n=-1;var r=0;return next;function next(){n*=t;r+=1;return n/r}}e.exports=log1pSeries},4473:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(6260);var i=n(1550);var s=n(5088);var o=n(6491);var a=n(4781);function log1pmx(e){var t;var n;if(e<=-1){return NaN}n=r(e);if(n>.95){return i(1+e)-e}if(n<s){return-e*e/2}t={initialValue:-e};return o(a(e),t)}e.exports=log1pmx},2974:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8641);e.exports=r},8641:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(866);var i=n(6523);var s=n(469);function max(e,t){if(i(e)||i(t)){return NaN}if(e===s||t===s){return s}if(e===t&&e===0){if(r(e)){return e}return t}if(e>t){return e}return t}e.exports=max},9594:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3757);e.exports=r},3757:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var i=n(2974);function maxabs(e,t){return i(r(e),r(t))}e.exports=maxabs},8008:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9503);e.exports=r},9503:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3270);var i=n(6523);var s=n(1475);function min(e,t){if(i(e)||i(t)){return NaN}if(e===s||t===s){return s}if(e===t&&e===0){if(r(e)){return e}return t}if(e<t){return e}return t}e.exports=min},9912:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(431);e.exports=r},431:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var i=n(8008);function minabs(e,t){return i(r(e),r(t))}e.exports=minabs},6310:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7609);e.exports=r},9905:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(2882);var i=n(3786);var s=n(5990);var o=n(1877);var a=n(1277);var f=n(3140);var c=1048575|0;var l=1048576|0;var u=1072693248|0;var d=536870912|0;var h=524288|0;var p=9007199254740992;var m=.9617966939259756;var v=.9617967009544373;var g=-7.028461650952758e-9;var A=[1,1.5];var w=[0,.5849624872207642];var b=[0,1.350039202129749e-8];function log2ax(e,t,n){var I;var x;var E;var B;var C;var S;var N;var T;var Q;var M;var F;var k;var R;var U;var L;var P;var D;var q;var G;var O;var V;var H;O=0|0;if(n<l){t*=p;O-=53|0;n=r(t)}O+=(n>>a)-o|0;V=n&c|0;n=V|u|0;if(V<=235662){H=0}else if(V<767610){H=1}else{H=0;O+=1|0;n-=l}t=s(t,n);T=A[H];q=t-T;G=1/(t+T);x=q*G;B=i(x,0);I=(n>>1|d)+h;I+=H<<18;S=s(0,I);N=t-(S-T);C=G*(q-B*S-B*N);E=x*x;D=E*E*f(E);D+=C*(B+x);E=B*B;S=3+E+D;S=i(S,0);N=D-(S-3-E);q=B*S;G=C*S+N*x;M=q+G;M=i(M,0);F=G-(M-q);k=v*M;R=g*M+F*m+b[H];Q=w[H];P=O;U=k+R+Q+P;U=i(U,0);L=R-(U-P-Q-k);e[0]=U;e[1]=L;return e}e.exports=log2ax},3726:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(3786);var i=n(837);var s=1.4426950408889634;var o=1.4426950216293335;var a=1.9259629911266175e-8;function logx(e,t){var n;var f;var c;var l;var u;var d;c=t-1;l=c*c*i(c);u=o*c;d=c*a-l*s;f=u+d;f=r(f,0);n=d-(f-u);e[0]=f;e[1]=n;return e}e.exports=logx},7609:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(6523);var i=n(7687);var s=n(7234);var o=n(2804);var a=n(5478);var f=n(6260);var c=n(7949);var l=n(3786);var u=n(6519);var d=n(1475);var h=n(469);var p=n(3935);var m=n(2122);var v=n(888);var g=n(3355);var A=n(9905);var w=n(3726);var b=n(5224);var I=1072693247|0;var x=1105199104|0;var E=1139802112|0;var B=1083179008|0;var C=1072693248|0;var S=1083231232|0;var N=3230714880>>>0;var T=31|0;var Q=1e300;var M=1e-300;var F=8008566259537294e-32;var k=[0|0,0|0];var R=[0,0];function pow(e,t){var n;var U;var L;var P;var D;var q;var G;var O;var V;var H;var z;var Y;var W;var j;var Z;var K;if(r(e)||r(t)){return NaN}c.assign(t,k,1,0);q=k[0];G=k[1];if(G===0){if(t===0){return 1}if(t===1){return e}if(t===-1){return 1/e}if(t===.5){return a(e)}if(t===-.5){return 1/a(e)}if(t===2){return e*e}if(t===3){return e*e*e}if(t===4){e*=e;return e*e}if(s(t)){return g(e,t)}}c.assign(e,k,1,0);P=k[0];D=k[1];if(D===0){if(P===0){return m(e,t)}if(e===1){return 1}if(e===-1&&i(t)){return-1}if(s(e)){if(e===d){return pow(-0,-t)}if(t<0){return 0}return h}}if(e<0&&o(t)===false){return(e-e)/(e-e)}L=f(e);n=P&p|0;U=q&p|0;O=P>>>T|0;V=q>>>T|0;if(O&&i(t)){O=-1}else{O=1}if(U>x){if(U>E){return v(e,t)}if(n<I){if(V===1){return O*Q*Q}return O*M*M}if(n>C){if(V===0){return O*Q*Q}return O*M*M}W=w(R,L)}else{W=A(R,L,n)}H=l(t,0);Y=(t-H)*W[0]+t*W[1];z=H*W[0];j=Y+z;c.assign(j,k,1,0);Z=u(k[0]);K=u(k[1]);if(Z>=B){if((Z-B|K)!==0){return O*Q*Q}if(Y+F>j-z){return O*Q*Q}}else if((Z&p)>=S){if((Z-N|K)!==0){return O*M*M}if(Y<=j-z){return O*M*M}}j=b(Z,z,Y);return O*j}e.exports=pow},3140:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.5999999999999946}return.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+e*.20697501780033842))))}e.exports=evalpoly},5568:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},837:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.5}return.5+e*(-.3333333333333333+e*.25)}e.exports=evalpoly},5224:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(2882);var i=n(5990);var s=n(3786);var o=n(6519);var a=n(3291);var f=n(1239);var c=n(1877);var l=n(3935);var u=n(8910);var d=n(1277);var h=n(5568);var p=1048576|0;var m=1071644672|0;var v=.6931471824645996;var g=-1.904654299957768e-9;function pow2(e,t,n){var A;var w;var b;var I;var x;var E;var B;var C;var S;var N;var T;N=e&l|0;T=(N>>d)-c|0;S=0;if(N>m){S=e+(p>>T+1)>>>0;T=((S&l)>>d)-c|0;A=(S&~(u>>T))>>>0;b=i(0,A);S=(S&u|p)>>d-T>>>0;if(e<0){S=-S}t-=b}b=n+t;b=s(b,0);x=b*v;E=(n-(b-t))*f+b*g;C=x+E;B=E-(C-x);b=C*C;w=C-b*h(b);I=C*w/(w-2)-(B+C*B);C=1-(I-C);e=r(C);e=o(e);e+=S<<d>>>0;if(e>>d<=0){C=a(C,S)}else{C=i(C,e)}return C}e.exports=pow2},2122:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(7687);var i=n(910);var s=n(1475);var o=n(469);function pow(e,t){if(t===s){return o}if(t===o){return 0}if(t>0){if(r(t)){return e}return 0}if(r(t)){return i(o,e)}return o}e.exports=pow},888:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(3935);var i=n(2882);var s=1072693247|0;var o=1e300;var a=1e-300;function pow(e,t){var n;var f;f=i(e);n=f&r;if(n<=s){if(t<0){return o*o}return a*a}if(t>0){return o*o}return a*a}e.exports=pow},3355:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var i=n(469);function pow(e,t){if(e===-1){return(e-e)/(e-e)}if(e===1){return 1}if(r(e)<1===(t===i)){return 0}return i}e.exports=pow},4756:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2603);e.exports=r},2603:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var r=n(6523);var i=n(7234);var s=n(6260);var o=n(141);var a=n(1550);var f=n(6310);var c=n(1262);function powm1(e,t){var n;var l;if(r(e)||r(t)){return NaN}if(t===0){return 0}if(e===0){return-1}if(e<0&&t%2===0){e=-e}if(e>0){if(s(t*(e-1))<.5||s(t)<.2){l=a(e)*t;if(l<.5){return o(l)}}}else if(c(t)!==t){return NaN}n=f(e,t)-1;if(i(n)||r(n)){return NaN}return n}e.exports=powm1},3982:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4385);e.exports=r},7236:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(2334);var i=n(3291);var s=n(1830);var o=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var a=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var f=16777216;var c=5.960464477539063e-8;var l=s(20);var u=s(20);var d=s(20);var h=s(20);function compute(e,t,n,s,l,u,p,m,v){var g;var A;var w;var b;var I;var x;var E;var B;var C;b=u;C=s[n];B=n;for(I=0;B>0;I++){A=c*C|0;h[I]=C-f*A|0;C=s[B-1]+A;B-=1}C=i(C,l);C-=8*r(C*.125);E=C|0;C-=E;w=0;if(l>0){I=h[n-1]>>24-l;E+=I;h[n-1]-=I<<24-l;w=h[n-1]>>23-l}else if(l===0){w=h[n-1]>>23}else if(C>=.5){w=2}if(w>0){E+=1;g=0;for(I=0;I<n;I++){B=h[I];if(g===0){if(B!==0){g=1;h[I]=16777216-B}}else{h[I]=16777215-B}}if(l>0){switch(l){case 1:h[n-1]&=8388607;break;case 2:h[n-1]&=4194303;break}}if(w===2){C=1-C;if(g!==0){C-=i(1,l)}}}if(C===0){B=0;for(I=n-1;I>=u;I--){B|=h[I]}if(B===0){for(x=1;h[u-x]===0;x++){}for(I=n+1;I<=n+x;I++){v[m+I]=o[p+I];A=0;for(B=0;B<=m;B++){A+=e[B]*v[m+(I-B)]}s[I]=A}n+=x;return compute(e,t,n,s,l,u,p,m,v)}n-=1;l-=24;while(h[n]===0){n-=1;l-=24}}else{C=i(C,-l);if(C>=f){A=c*C|0;h[n]=C-f*A|0;n+=1;l+=24;h[n]=A}else{h[n]=C|0}}A=i(1,l);for(I=n;I>=0;I--){s[I]=A*h[I];A*=c}for(I=n;I>=0;I--){A=0;for(x=0;x<=b&&x<=n-I;x++){A+=a[x]*s[I+x]}d[n-I]=A}A=0;for(I=n;I>=0;I--){A+=d[I]}if(w===0){t[0]=A}else{t[0]=-A}A=d[0]-A;for(I=1;I<=n;I++){A+=d[I]}if(w===0){t[1]=A}else{t[1]=-A}return E&7}function kernelRempio2(e,t,n,r){var i;var s;var a;var f;var c;var d;var h;var p;var m;s=4;f=r-1;a=(n-3)/24|0;if(a<0){a=0}d=n-24*(a+1);p=a-f;m=f+s;for(h=0;h<=m;h++){if(p<0){l[h]=0}else{l[h]=o[p]}p+=1}for(h=0;h<=s;h++){i=0;for(p=0;p<=f;p++){i+=e[p]*l[f+(h-p)]}u[h]=i}c=s;return compute(e,t,c,u,d,s,a,f,l)}e.exports=kernelRempio2},4385:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/
var r=n(3935);var i=n(222);var s=n(8910);var o=n(2882);var a=n(1662);var f=n(7844);var c=n(7236);var l=n(499);var u=0;var d=16777216;var h=1.5707963267341256;var p=6077100506506192e-26;var m=2*p;var v=3*p;var g=4*p;var A=598523|0;var w=1072243195|0;var b=1073928572|0;var I=1074752122|0;var x=1074977148|0;var E=1075183036|0;var B=1075388923|0;var C=1075594811|0;var S=1094263291|0;var N=[0,0,0];var T=[0,0];function rempio2(e,t){var n;var Q;var M;var F;var k;var R;var U;var L;M=o(e)|0;F=M&r|0;if(F<=w){t[0]=e;t[1]=0;return 0}if(F<=I){if((F&s)===A){return l(e,F,t)}if(F<=b){if(M>0){L=e-h;t[0]=L-p;t[1]=L-t[0]-p;return 1}L=e+h;t[0]=L+p;t[1]=L-t[0]+p;return-1}if(M>0){L=e-2*h;t[0]=L-m;t[1]=L-t[0]-m;return 2}L=e+2*h;t[0]=L+m;t[1]=L-t[0]+m;return-2}if(F<=C){if(F<=E){if(F===x){return l(e,F,t)}if(M>0){L=e-3*h;t[0]=L-v;t[1]=L-t[0]-v;return 3}L=e+3*h;t[0]=L+v;t[1]=L-t[0]+v;return-3}if(F===B){return l(e,F,t)}if(M>0){L=e-4*h;t[0]=L-g;t[1]=L-t[0]-g;return 4}L=e+4*h;t[0]=L+g;t[1]=L-t[0]+g;return-4}if(F<S){return l(e,F,t)}if(F>=i){t[0]=NaN;t[1]=NaN;return 0}n=a(e);Q=(F>>20)-1046;L=f(F-(Q<<20|0),n);for(R=0;R<2;R++){N[R]=L|0;L=(L-N[R])*d}N[2]=L;k=3;while(N[k-1]===u){k-=1}U=c(N,T,Q,k,1);if(M<0){t[0]=-T[0];t[1]=-T[1];return-U}t[0]=T[0];t[1]=T[1];return U}e.exports=rempio2},499:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(8972);var i=n(2882);var s=.6366197723675814;var o=1.5707963267341256;var a=6077100506506192e-26;var f=6077100506303966e-26;var c=20222662487959506e-37;var l=20222662487111665e-37;var u=84784276603689e-45;var d=2047|0;function rempio2Medium(e,t,n){var h;var p;var m;var v;var g;var A;var w;p=r(e*s);v=e-p*o;g=p*a;w=t>>20|0;n[0]=v-g;h=i(n[0]);A=w-(h>>20&d);if(A>16){m=v;g=p*f;v=m-g;g=p*c-(m-v-g);n[0]=v-g;h=i(n[0]);A=w-(h>>20&d);if(A>49){m=v;g=p*l;v=m-g;g=p*u-(m-v-g);n[0]=v-g}}n[1]=v-n[0]-g;return p}e.exports=rempio2Medium},8972:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6547);e.exports=r},6547:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.round;e.exports=t},1794:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3205);e.exports=r},3205:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var r=n(3935);var i=n(222);var s=n(2882);var o=n(1567);var a=n(186);var f=n(3982);var c=1072243195|0;var l=1045430272|0;var u=[0,0];function sin(e){var t;var n;t=s(e);t&=r;if(t<=c){if(t<l){return e}return a(e,0)}if(t>=i){return NaN}n=f(e,u);switch(n&3){case 0:return a(u[0],u[1]);case 1:return o(u[0],u[1]);case 2:return-a(u[0],u[1]);default:return-o(u[0],u[1])}}e.exports=sin},8901:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3012);e.exports=r},3012:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6523);var i=n(7234);var s=n(9191);var o=n(1794);var a=n(6260);var f=n(910);var c=n(9701);function sinpi(e){var t;var n;if(r(e)){return NaN}if(i(e)){return NaN}n=e%2;t=a(n);if(t===0||t===1){return f(0,n)}if(t<.25){return o(c*n)}if(t<.75){t=.5-t;return f(s(c*t),n)}if(t<1.25){n=f(1,n)-n;return o(c*n)}if(t<1.75){t-=1.5;return-f(s(c*t),n)}n-=f(2,n);return o(c*n)}e.exports=sinpi},5478:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1689);e.exports=r},1689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.sqrt;e.exports=t},1262:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2657);e.exports=r},2657:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2334);var i=n(3385);function trunc(e){if(e<0){return i(e)}return r(e)}e.exports=trunc},3962:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var i=n(5088);var s=n(8858);var o=1e6;function continuedFractionA(e,t,n){var i;var o;var a;var f;var c;var l;l=e();c=l[1];o=l[0];if(c===0){c=s}a=c;f=0;do{l=e();if(l){f=l[1]+l[0]*f;if(f===0){f=s}a=l[1]+l[0]/a;if(a===0){a=s}f=1/f;i=a*f;c*=i}}while(l&&r(i-1)>t&&--n);return o/c}function continuedFractionB(e,t,n){var i;var o;var a;var f;var c;c=e();f=c[1];if(f===0){f=s}o=f;a=0;do{c=e();if(c){a=c[1]+c[0]*a;if(a===0){a=s}o=c[1]+c[0]/o;if(o===0){o=s}a=1/a;i=o*a;f*=i}}while(c&&r(i-1)>t&&--n);return f}function continuedFraction(e,t){var n;var r;var s;r={};if(arguments.length>1){r=t}s=r.tolerance||i;n=r.maxIter||o;if(r.keep){return continuedFractionB(e,s,n)}return continuedFractionA(e,s,n)}e.exports=continuedFraction},7028:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var i=n(8858);var s=n(5088);var o=1e6;function continuedFractionA(e,t,n){var s;var o;var a;var f;var c;var l;var u;s=typeof e.next==="function";u=s?e.next().value:e();f=u[1];a=u[0];if(f===0){f=i}c=f;l=0;if(s===true){do{u=e.next().value;if(u){l=u[1]+u[0]*l;if(l===0){l=i}c=u[1]+u[0]/c;if(c===0){c=i}l=1/l;o=c*l;f*=o}}while(r(o-1)>t&&--n)}else{do{u=e();if(u){l=u[1]+u[0]*l;if(l===0){l=i}c=u[1]+u[0]/c;if(c===0){c=i}l=1/l;o=c*l;f*=o}}while(u&&r(o-1)>t&&--n)}return a/f}function continuedFractionB(e,t,n){var s;var o;var a;var f;var c;var l;s=typeof e.next==="function";l=s?e.next().value:e();a=l[1];if(a===0){a=i}f=a;c=0;if(s===true){do{l=e.next().value;if(l){c=l[1]+l[0]*c;if(c===0){c=i}f=l[1]+l[0]/f;if(f===0){f=i}c=1/c;o=f*c;a*=o}}while(l&&r(o-1)>t&&--n)}else{do{l=e();if(l){c=l[1]+l[0]*c;if(c===0){c=i}f=l[1]+l[0]/f;if(f===0){f=i}c=1/c;o=f*c;a*=o}}while(l&&r(o-1)>t&&--n)}return a}function continuedFraction(e,t){var n;var r;var i;r={};if(arguments.length>1){r=t}n=r.maxIter||o;i=r.tolerance||s;if(r.keep){return continuedFractionB(e,i,n)}return continuedFractionA(e,i,n)}e.exports=continuedFraction},508:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2878);var i=n(7028);var s=n(3962);var o;if(r()){o=i}else{o=s}e.exports=o},1278:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6990);var i=n(3767);function factory(e){var t;var n;var s;var o;if(e.length>500){return polyval}t="return function evalpoly(x){";n=e.length;if(n===0){t+="return 0.0;"}else if(n===1){t+="return "+e[0]+";"}else{t+="if(x===0.0){return "+e[0]+";}";t+="return "+e[0];s=n-1;for(o=1;o<n;o++){t+="+x*";if(o<s){t+="("}t+=e[o]}for(o=0;o<s-1;o++){t+=")"}t+=";"}t+="}";t+="//# sourceURL=evalpoly.factory.js";return new r(t)();function polyval(t){return i(e,t)}}e.exports=factory},2096:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var i=n(3767);var s=n(1278);r(i,"factory",s);e.exports=i},3767:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e,t){var n;var r;r=e.length;if(r<2||t===0){if(r===0){return 0}return e[0]}r-=1;n=e[r]*t+e[r-1];r-=2;while(r>=0){n=n*t+e[r];r-=1}return n}e.exports=evalpoly},6049:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var i=n(5088);var s=1e6;function sumSeries(e,t){var n;var o;var a;var f;var c;c={};if(arguments.length>1){c=t}n=c.tolerance||i;a=c.maxTerms||s;f=c.initialValue||0;do{o=e();f+=o}while(r(n*f)<r(o)&&--a);return f}e.exports=sumSeries},3333:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6260);var i=n(5088);var s=1e6;function sumSeries(e,t){var n;var o;var a;var f;var c;var l;l={};if(arguments.length>1){l=t}o=l.tolerance||i;f=l.maxTerms||s;c=l.initialValue||0;n=typeof e.next==="function";if(n===true){for(a of e){c+=a;if(r(o*c)>=r(a)||--f===0){break}}}else{do{a=e();c+=a}while(r(o*c)<r(a)&&--f)}return c}e.exports=sumSeries},6491:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2878);var i=n(3333);var s=n(6049);var o;if(r()){o=i}else{o=s}e.exports=o},4241:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7696);e.exports=r},7696:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
e.exports=Number},6075:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7014);e.exports=r},7014:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2882);var i=n(222);var s=n(1877);function exponent(e){var t=r(e);t=(t&i)>>>20;return t-s|0}e.exports=exponent},7844:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5259);e.exports=r},9593:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var i;var s;var o;if(r===true){s=1;o=0}else{s=0;o=1}i={HIGH:s,LOW:o};e.exports=i},5259:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var i=n(9979);var s=n(9593);var o=new i(1);var a=new r(o.buffer);var f=s.HIGH;var c=s.LOW;function fromWords(e,t){a[f]=e;a[c]=t;return o[0]}e.exports=fromWords},9828:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var i;if(r===true){i=1}else{i=0}e.exports=i},2882:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6053);e.exports=r},6053:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var i=n(9979);var s=n(9828);var o=new i(1);var a=new r(o.buffer);function getHighWord(e){o[0]=e;return a[s]}e.exports=getHighWord},1662:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3761);e.exports=r},5844:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var i;if(r===true){i=0}else{i=1}e.exports=i},3761:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var i=n(9979);var s=n(5844);var o=new i(1);var a=new r(o.buffer);function getLowWord(e){o[0]=e;return a[s]}e.exports=getLowWord},750:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5417);var i=n(7234);var s=n(6523);var o=n(6260);var a=4503599627370496;function normalize(e,t,n,f){if(s(e)||i(e)){t[f]=e;t[f+n]=0;return t}if(e!==0&&o(e)<r){t[f]=e*a;t[f+n]=-52;return t}t[f]=e;t[f+n]=0;return t}e.exports=normalize},9335:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var i=n(6754);var s=n(750);r(i,"assign",s);e.exports=i},6754:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(750);function normalize(e){return r(e,[0,0],1,0)}e.exports=normalize},2880:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var i;if(r===true){i=1}else{i=0}e.exports=i},5990:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6921);e.exports=r},6921:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var i=n(9979);var s=n(2880);var o=new i(1);var a=new r(o.buffer);function setHighWord(e,t){o[0]=e;a[s]=t>>>0;return o[0]}e.exports=setHighWord},3786:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(253);e.exports=r},9760:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var i;if(r===true){i=0}else{i=1}e.exports=i},253:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var i=n(9979);var s=n(9760);var o=new i(1);var a=new r(o.buffer);function setLowWord(e,t){o[0]=e;a[s]=t>>>0;return o[0]}e.exports=setLowWord},5132:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7096);var i=n(9979);var s=n(3808);var o=new i(1);var a=new r(o.buffer);var f=s.HIGH;var c=s.LOW;function toWords(e,t,n,r){o[0]=e;t[r]=a[f];t[r+n]=a[c];return t}e.exports=toWords},7949:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var i=n(6364);var s=n(5132);r(i,"assign",s);e.exports=i},3808:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(347);var i;var s;var o;if(r===true){s=1;o=0}else{s=0;o=1}i={HIGH:s,LOW:o};e.exports=i},6364:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5132);function toWords(e){return r(e,[0>>>0,0>>>0],1,0)}e.exports=toWords},6519:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3234);e.exports=r},3234:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function uint32ToInt32(e){return e|0}e.exports=uint32ToInt32},9073:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3084);var i=n(6523);function factory(e){if(i(e)){return r(NaN)}return cdf;function cdf(t){if(i(t)){return NaN}return t<e?0:1}}e.exports=factory},6603:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var i=n(7782);var s=n(9073);r(i,"factory",s);e.exports=i},7782:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6523);function cdf(e,t){if(r(e)||r(t)){return NaN}return e<t?0:1}e.exports=cdf},1250:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3084);var i=n(6603).factory;var s=n(6523);var o=n(5478);var a=n(988);function factory(e,t){var n;if(s(e)||s(t)||t<0){return r(NaN)}if(t===0){return i(e)}n=t*o(2);return cdf;function cdf(t){var r;if(s(t)){return NaN}r=t-e;return.5*a(-r/n)}}e.exports=factory},2484:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var i=n(1643);var s=n(1250);r(i,"factory",s);e.exports=i},1643:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(988);var i=n(5478);var s=n(6523);function cdf(e,t,n){var o;var a;if(s(e)||s(t)||s(n)||n<0){return NaN}if(n===0){return e<t?0:1}o=n*i(2);a=e-t;return.5*r(-a/o)}e.exports=cdf},2335:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3084);var i=n(9986);var s=n(6523);var o=n(6310);function factory(e){if(s(e)||e<=0){return r(NaN)}return cdf;function cdf(t){var n;var r;var a;if(s(t)){return NaN}if(t===0){return.5}n=o(t,2);if(e>2*n){a=n/(e+n);r=i(a,.5,e/2,true,true)/2}else{a=e/(e+n);r=i(a,e/2,.5,true,false)/2}return t>0?1-r:r}}e.exports=factory},6021:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4568);var i=n(1044);var s=n(2335);r(i,"factory",s);e.exports=i},1044:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9986);var i=n(6523);var s=n(6310);function cdf(e,t){var n;var o;var a;if(i(e)||i(t)||t<=0){return NaN}if(e===0){return.5}n=s(e,2);if(t>2*n){a=n/(t+n);o=r(a,.5,t/2,true,true)/2}else{a=t/(t+n);o=r(a,t/2,.5,true,false)/2}return e>0?1-o:o}e.exports=cdf},2029:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.abs;var n=String.prototype.toLowerCase;var r=String.prototype.toUpperCase;var i=String.prototype.replace;var s=/e\+(\d)$/;var o=/e-(\d)$/;var a=/^(\d+)$/;var f=/^(\d+)e/;var c=/\.0$/;var l=/\.0*e/;var u=/(\..*[^0])0*e/;function formatDouble(e,d){var h;var p;switch(d.specifier){case"e":case"E":p=e.toExponential(d.precision);break;case"f":case"F":p=e.toFixed(d.precision);break;case"g":case"G":if(t(e)<1e-4){h=d.precision;if(h>0){h-=1}p=e.toExponential(h)}else{p=e.toPrecision(d.precision)}if(!d.alternate){p=i.call(p,u,"$1e");p=i.call(p,l,"e");p=i.call(p,c,"")}break;default:throw new Error("invalid double notation. Value: "+d.specifier)}p=i.call(p,s,"e+0$1");p=i.call(p,o,"e-0$1");if(d.alternate){p=i.call(p,a,"$1.");p=i.call(p,f,"$1.e")}if(e>=0&&d.sign){p=d.sign+p}p=d.specifier===r.call(d.specifier)?r.call(p):n.call(p);return p}e.exports=formatDouble},1836:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6392);var i=n(122);var s=String.prototype.toLowerCase;var o=String.prototype.toUpperCase;function formatInteger(e){var t;var n;var a;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;case"d":case"i":case"u":default:t=10;break}n=e.arg;a=parseInt(n,10);if(!isFinite(a)){if(!r(n)){throw new Error("invalid integer. Value: "+n)}a=0}if(a<0&&(e.specifier==="u"||t!==10)){a=4294967295+a+1}if(a<0){n=(-a).toString(t);if(e.precision){n=i(n,e.precision,e.padRight)}n="-"+n}else{n=a.toString(t);if(!a&&!e.precision){n=""}else if(e.precision){n=i(n,e.precision,e.padRight)}if(e.sign){n=e.sign+n}}if(t===16){if(e.alternate){n="0x"+n}n=e.specifier===o.call(e.specifier)?o.call(n):s.call(n)}if(t===8){if(e.alternate&&n.charAt(0)!=="0"){n="0"+n}}return n}e.exports=formatInteger},24:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(4879);e.exports=r},6392:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isNumber(e){return typeof e==="number"}e.exports=isNumber},7852:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(e){return typeof e==="string"}e.exports=isString},4879:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1836);var i=n(7852);var s=n(6392);var o=n(2029);var a=n(4484);var f=n(122);var c=String.fromCharCode;var l=Array.isArray;function isnan(e){return e!==e}function initialize(e){var t={};t.specifier=e.specifier;t.precision=e.precision===void 0?1:e.precision;t.width=e.width;t.flags=e.flags||"";t.mapping=e.mapping;return t}function formatInterpolate(e){var t;var n;var u;var d;var h;var p;var m;var v;var g;var A;if(!l(e)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.")}p="";m=1;for(g=0;g<e.length;g++){u=e[g];if(i(u)){p+=u}else{t=u.precision!==void 0;u=initialize(u);if(!u.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+g+"`. Value: `"+u+"`.")}if(u.mapping){m=u.mapping}n=u.flags;for(A=0;A<n.length;A++){d=n.charAt(A);switch(d){case" ":u.sign=" ";break;case"+":u.sign="+";break;case"-":u.padRight=true;u.padZeros=false;break;case"0":u.padZeros=n.indexOf("-")<0;break;case"#":u.alternate=true;break;default:throw new Error("invalid flag: "+d)}}if(u.width==="*"){u.width=parseInt(arguments[m],10);m+=1;if(isnan(u.width)){throw new TypeError("the argument for * width at position "+m+" is not a number. Value: `"+u.width+"`.")}if(u.width<0){u.padRight=true;u.width=-u.width}}if(t){if(u.precision==="*"){u.precision=parseInt(arguments[m],10);m+=1;if(isnan(u.precision)){throw new TypeError("the argument for * precision at position "+m+" is not a number. Value: `"+u.precision+"`.")}if(u.precision<0){u.precision=1;t=false}}}u.arg=arguments[m];switch(u.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(t){u.padZeros=false}u.arg=r(u);break;case"s":u.maxWidth=t?u.precision:-1;u.arg=String(u.arg);break;case"c":if(!isnan(u.arg)){h=parseInt(u.arg,10);if(h<0||h>127){throw new Error("invalid character code. Value: "+u.arg)}u.arg=isnan(h)?String(u.arg):c(h)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!t){u.precision=6}v=parseFloat(u.arg);if(!isFinite(v)){if(!s(u.arg)){throw new Error("invalid floating-point number. Value: "+p)}v=u.arg;u.padZeros=false}u.arg=o(v,u);break;default:throw new Error("invalid specifier: "+u.specifier)}if(u.maxWidth>=0&&u.arg.length>u.maxWidth){u.arg=u.arg.substring(0,u.maxWidth)}if(u.padZeros){u.arg=f(u.arg,u.width||u.precision,u.padRight)}else if(u.width){u.arg=a(u.arg,u.width,u.padRight)}p+=u.arg||"";m+=1}}return p}e.exports=formatInterpolate},4484:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function spaces(e){var t="";var n;for(n=0;n<e;n++){t+=" "}return t}function spacePad(e,t,n){var r=t-e.length;if(r<0){return e}e=n?e+spaces(r):spaces(r)+e;return e}e.exports=spacePad},122:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function startsWithMinus(e){return e[0]==="-"}function zeros(e){var t="";var n;for(n=0;n<e;n++){t+="0"}return t}function zeroPad(e,t,n){var r=false;var i=t-e.length;if(i<0){return e}if(startsWithMinus(e)){r=true;e=e.substr(1)}e=n?e+zeros(i):zeros(i)+e;if(r){e="-"+e}return e}e.exports=zeroPad},9340:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8755);e.exports=r},8755:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};if(e[4]==="."&&e[5]===void 0){t.precision="1"}return t}function formatTokenize(e){var n;var r;var i;var s;r=[];s=0;i=t.exec(e);while(i){n=e.slice(s,t.lastIndex-i[0].length);if(n.length){r.push(n)}if(i[6]==="%"){r.push("%")}else{r.push(parse(i))}s=t.lastIndex;i=t.exec(e)}n=e.slice(s);if(n.length){r.push(n)}return r}e.exports=formatTokenize},7760:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(3191);e.exports=r},8676:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(e){return typeof e==="string"}e.exports=isString},3191:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(24);var i=n(9340);var s=n(8676);function format(e){var t;var n;if(!s(e)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e))}t=[i(e)];for(n=1;n<arguments.length;n++){t.push(arguments[n])}return r.apply(null,t)}e.exports=format},2038:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2873);e.exports=r},2873:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Symbol==="function"?Symbol:void 0;e.exports=t},3084:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(8675);e.exports=r},8675:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function wrap(e){return constantFunction;function constantFunction(){return e}}e.exports=wrap},4568:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(6239);e.exports=r},6239:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(708);function setNonEnumerableReadOnly(e,t,n){r(e,t,{configurable:false,enumerable:false,writable:false,value:n})}e.exports=setNonEnumerableReadOnly},7619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.defineProperty;e.exports=t},5141:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Object.defineProperty==="function"?Object.defineProperty:null;e.exports=t},2342:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5141);function hasDefinePropertySupport(){try{r({},"x",{});return true}catch(e){return false}}e.exports=hasDefinePropertySupport},708:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2342);var i=n(7619);var s=n(61);var o;if(r()){o=i}else{o=s}e.exports=o},61:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(7760);var i=Object.prototype;var s=i.toString;var o=i.__defineGetter__;var a=i.__defineSetter__;var f=i.__lookupGetter__;var c=i.__lookupSetter__;function defineProperty(e,t,n){var l;var u;var d;var h;if(typeof e!=="object"||e===null||s.call(e)==="[object Array]"){throw new TypeError(r("invalid argument. First argument must be an object. Value: `%s`.",e))}if(typeof n!=="object"||n===null||s.call(n)==="[object Array]"){throw new TypeError(r("invalid argument. Property descriptor must be an object. Value: `%s`.",n))}u="value"in n;if(u){if(f.call(e,t)||c.call(e,t)){l=e.__proto__;e.__proto__=i;delete e[t];e[t]=n.value;e.__proto__=l}else{e[t]=n.value}}d="get"in n;h="set"in n;if(u&&(d||h)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(d&&o){o.call(e,t,n.get)}if(h&&a){a.call(e,t,n.set)}return e}e.exports=defineProperty},3595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=eval;e.exports=t},547:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(9501);var i=n(1006);var s=n(9728);var o;if(r()){o=s}else{o=i}e.exports=o},1006:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(5763);function nativeClass(e){return r.call(e)}e.exports=nativeClass},9728:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(1907);var i=n(4499);var s=n(5763);function nativeClass(e){var t;var n;var o;if(e===null||e===void 0){return s.call(e)}n=e[i];t=r(e,i);try{e[i]=void 0}catch(t){return s.call(e)}o=s.call(e);if(t){e[i]=n}else{delete e[i]}return o}e.exports=nativeClass},5763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.toString;e.exports=t},4499:(e,t,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var r=n(2038);var i=typeof r==="function"?r.toStringTag:"";e.exports=i},9574:(e,t,n)=>{n.d(t,{d:()=>r});const r={name:"check-data-drift",description:"Compares a reference dataset (usually the training data) with a current one column by column, runs schema and quality checks first, decides per column and for the dataset whether the data drifted (Evidently-compatible tests, defaults and thresholds; scipy-identical statistics) and gates the pipeline on it. Writes report.json, summary.md and report.html before failing.",inputs:{reference:{description:"Reference data (e.g. the training set): a file or glob, several separated by newlines. CSV, TSV, JSON Lines or Parquet, optionally .gz.",required:true},current:{description:"Current data (e.g. recent production inputs): a file or glob, several separated by newlines.",required:true},format:{description:"csv, tsv, jsonl or parquet. Default: taken from each file extension (.csv, .tsv, .jsonl/.ndjson, .parquet, each optionally .gz)."},columns:{description:"Columns to compare, comma- or newline-separated. Default: every column of the reference."},"ignore-columns":{description:"Columns never compared (ids, timestamps, targets)."},"numerical-columns":{description:"Columns forced numeric: a value that is not a number is an error naming its file, line and column."},"categorical-columns":{description:"Columns forced categorical: every value is a category, numbers included."},stattest:{description:"The test for every column: auto (Evidently's default choice per column), or one of ks, chisquare, z, wasserstein, jensenshannon, psi, kl_div, hellinger, anderson, cramer_von_mises, mannw, t_test, ed, g_test, fisher_exact.",default:"auto"},"stattest-per-column":{description:"Tests for given columns, column=test lines (they win over stattest)."},threshold:{description:"Threshold for every column's test. Default: each test's own (0.05 for ks, chisquare, z, mannw, t_test; 0.1 for the rest). p-value tests drift below it, distance tests at or above it."},"threshold-per-column":{description:"Thresholds for given columns, column=value lines."},"drift-share":{description:"The dataset drifted when the share of drifted columns is at least this (0 to 1).",default:"0.5"},correction:{description:"Multiple-testing correction of the p-values of p-value tests: none, bonferroni or fdr (Benjamini-Hochberg).",default:"none"},"missing-tolerance":{description:"A warning is raised when the share of missing values of a column grows by more than this between reference and current (0 to 1).",default:"0.05"},"max-rows":{description:"Rows kept per dataset; above it a uniform sample with a fixed seed is kept and the report says so.",default:"5000000"},seed:{description:"Seed of the sampling beyond max-rows.",default:"42"},"fail-on-drift":{description:"Fail the step when the dataset drifted (the report is written first).",default:"true"},"report-dir":{description:"Folder for report.json, summary.md and report.html.",default:"check-data-drift-report"},"artifact-name":{description:"Name of the uploaded report artifact.",default:"check-data-drift-report"}},outputs:{"drift-detected":{description:"true when the dataset drifted (share of drifted columns >= drift-share), else false."},"drift-share":{description:"Share of the tested columns that drifted (0 to 1)."},"drifted-columns":{description:"JSON array of the names of the drifted columns."},report:{description:"Path of report.json."},"html-report":{description:"Path of report.html."}}}},9838:(e,t,n)=>{n.a(e,async(e,t)=>{try{var r=n(9786);var i=n(2085);var s=n(692);var o=n(9574);var a=n(1902);await(0,s.C)(o.d,a.i);t()}catch(e){t(e)}},1)},1902:(t,n,r)=>{r.d(n,{i:()=>main});var i=r(9223);class Sum{sum=0;compensation=0;add(e){const t=this.sum+e;if(Math.abs(this.sum)>=Math.abs(e))this.compensation+=this.sum-t+e;else this.compensation+=e-t+this.sum;this.sum=t}get value(){return Number.isFinite(this.sum)?this.sum+this.compensation:this.sum}}function sum(e){const t=new Sum;for(let n=0;n<e.length;n++)t.add(e[n]);return t.value}function mean(e){return sum(e)/e.length}function variance(e,t=0){const n=mean(e);const r=new Sum;for(let t=0;t<e.length;t++){const i=e[t]-n;r.add(i*i)}return r.value/(e.length-t)}const s=Array.from({length:16},(e,t)=>10**t);function stepValue(e,t){return e/s[t]}function expandGrid(e){const{counts:t,low:n,decimals:r}=e;const i=new Float64Array(e.n);let s=0;for(let e=0;e<t.length;e++){const o=t[e];if(o===0)continue;const a=stepValue(n+e,r);if(o===1)i[s++]=a;else{i.fill(a,s,s+o);s+=o}}return i}function walkTogether(e,t,n){const r=Math.max(e.decimals,t.decimals);const i=s[r-e.decimals];const o=s[r-t.decimals];const a=e.counts;const f=t.counts;let c=nextNonZero(a,0);let l=nextNonZero(f,0);while(c<a.length||l<f.length){const s=c<a.length?(e.low+c)*i:Infinity;const u=l<f.length?(t.low+l)*o:Infinity;const d=Math.min(s,u);const h=s===d?a[c]:0;const p=u===d?f[l]:0;if(n(stepValue(d,r),h,p)===false)return;if(s===d)c=nextNonZero(a,c+1);if(u===d)l=nextNonZero(f,l+1)}}function nextNonZero(e,t){let n=t;while(n<e.length&&e[n]===0)n++;return n}function gridCdfDistance(e,t,n){if(t.n===0||n.n===0)throw new RangeError("distance needs two non-empty samples");if(e===1&&t.decimals===n.decimals&&t.n*n.n<=Number.MAX_SAFE_INTEGER)return sameGridW1(t,n);const r=new CdfIntegral(e,t.n,n.n);if(t.decimals===n.decimals)forEachSameGridStep(t,n,r);else walkTogether(t,n,(e,t,n)=>r.step(e,t,n));return r.result()}function sameGridW1(e,t){const n=e.counts;const r=t.counts;const i=e.n;const o=t.n;const a=Math.max(1,Math.floor(Number.MAX_SAFE_INTEGER/(i*o)));const f=new Sum;let c=0;let l=0;let u=0;let d=0;const h=Math.max(e.low+n.length,t.low+r.length)-1;for(let s=Math.min(e.low,t.low);s<h;s++){const h=s-e.low;const p=s-t.low;if(h>=0&&h<n.length)u+=n[h];if(p>=0&&p<r.length)d+=r[p];c+=Math.abs(u*o-d*i);if(++l===a){f.add(c);c=0;l=0}}f.add(c);return f.value/(i*o)/s[e.decimals]}class CdfIntegral{p;nA;nB;total=new Sum;belowA=0;belowB=0;previous=Number.NaN;constructor(e,t,n){this.p=e;this.nA=t;this.nB=n}step(e,t,n){if(!Number.isNaN(this.previous)){const t=this.belowA/this.nA-this.belowB/this.nB;const n=e-this.previous;this.total.add(this.p===1?Math.abs(t)*n:t*t*n)}this.belowA+=t;this.belowB+=n;this.previous=e}result(){return this.p===1?this.total.value:Math.sqrt(this.total.value)}}function forEachSameGridStep(e,t,n){const r=e.counts;const i=t.counts;const s=Math.max(e.low+r.length,t.low+i.length);for(let o=Math.min(e.low,t.low);o<s;o++){const s=o-e.low;const a=o-t.low;const f=s>=0&&s<r.length?r[s]:0;const c=a>=0&&a<i.length?i[a]:0;if(f!==0||c!==0)n.step(stepValue(o,e.decimals),f,c)}}function gridRange(e){const{counts:t,low:n,decimals:r}=e;let i=0;while(t[i]===0)i++;let s=t.length-1;while(t[s]===0)s--;return[stepValue(n+i,r),stepValue(n+s,r)]}function gridDistinctUnionUpTo(e,t,n){let r=0;walkTogether(e,t,()=>++r<n);return Math.min(r,n)}function gridQuantile(e,t){return gridQuantiles(e,[t])[0]}function gridQuantiles(e,t){const{counts:n,low:r,decimals:i}=e;const s=[];let o=0;let a=n[0]??0;const valueAt=e=>{while(a<=e){if(++o>=n.length)throw new RangeError("quantile position beyond the sample");a+=n[o]}return stepValue(r+o,i)};for(const n of t){const t=(e.n-1)*n;const r=Math.floor(t);const i=valueAt(r);const o=valueAt(Math.min(r+1,e.n-1));s.push(i+(o-i)*(t-r))}return s}function gridHistogramCounts(e,t){const n=t.length-1;const r=new Float64Array(n);const i=e.counts;let s=firstStep(e,t[0],false);for(let o=0;o<n;o++){const a=Math.max(s,firstStep(e,t[o+1],o===n-1));let f=0;for(let e=s;e<a;e++)f+=i[e];r[o]=f;s=a}return r}function firstStep(e,t,n){const{counts:r,low:i,decimals:o}=e;const passes=e=>{const r=stepValue(i+e,o);return n?r>t:r>=t};let a=Math.min(Math.max(Math.ceil(t*s[o])-i,0),r.length);while(a>0&&passes(a-1))a--;while(a<r.length&&!passes(a))a++;return a}const o=6;const a=Array.from({length:o+1},(e,t)=>10**t);const f=4;const c=1<<24;function countingSortDecimals(e,t,n,r,i,s){const o=countOnGrid(e,t,n,r,i,s);return o&&{sorted:expandGrid(o.grid),moments:o.moments}}function countOnGrid(e,t,n,r,i,s){const l=s??gridDecimals(e,t);if(l===undefined||l>o)return undefined;const u=a[l];const d=Math.round(r*u);const h=Math.round(i*u);const p=h-d+1;if(!Number.isSafeInteger(d)||!Number.isSafeInteger(h)||p>Math.min(c,n*f))return undefined;const m=new Int32Array(p);if(s===undefined){for(let n=0;n<t;n++){const t=e[n];if(t-t!==0)continue;const r=Math.round(t*u);if(r/u!==t)return undefined;m[r-d]++}}else{for(let n=0;n<t;n++){const t=e[n];if(t-t===0)m[Math.round(t*u)-d]++}}const v={decimals:l,low:d,counts:m,n:n};return{grid:v,moments:gridMoments(v)}}function gridMoments(e){const{counts:t,low:n,decimals:r,n:i}=e;if(i*t.length>Number.MAX_SAFE_INTEGER)return compensatedGridMoments(e);const s=a[r];let o=0;let f=0;for(let e=0;e<t.length;e++){const n=t[e];o+=n===0?0:1;f+=n*e}const c=f/i;const l=new Sum;for(let e=0;e<t.length;e+=1024){const n=Math.min(e+1024,t.length);let r=0;for(let i=e;i<n;i++){const e=i-c;r+=t[i]*e*e}l.add(r)}const u=n*i+f;const d=Math.abs(n*i)+f<=Number.MAX_SAFE_INTEGER&&i*s<=Number.MAX_SAFE_INTEGER;const h=d?u/(i*s):(n+c)/s;return{distinct:o,mean:h,m2:l.value/(s*s)}}function compensatedGridMoments(e){const{counts:t,low:n,decimals:r}=e;const i=a[r];let s=0;const o=new Sum;for(let e=0;e<t.length;e++){const r=t[e];if(r===0)continue;s++;o.add(r*((e+n)/i))}const f=o.value/e.n;const c=new Sum;for(let e=0;e<t.length;e++){const r=t[e];if(r===0)continue;const s=(e+n)/i-f;c.add(r*s*s)}return{distinct:s,mean:f,m2:c.value}}function gridDecimals(e,t){let n=0;let r=0;for(let i=0;i<t&&r<256;i++){const t=e[i];if(t-t!==0)continue;r++;while(n<=o&&Math.round(t*a[n])/a[n]!==t)n++;if(n>o)return undefined}return n}const l=[[0,0,11],[0,11,11],[0,22,10],[1,0,11],[1,11,11],[1,22,10]];function sortFloat64(e){const t=e.length;if(t<4096)return e.sort();const n=bucketSort(e);if(n)return n;return radixSort(e)}function sortedFinite(e){const{min:t,max:n,finite:r}=finiteRange(e);return sortWithin(e,r,t,n,false).sorted}function sortedFiniteWithMoments(e){const{min:t,max:n,finite:r}=finiteRange(e);return sortWithin(e,r,t,n,true)}function finiteSample(e,t){const{min:n,max:r,finite:i}=t?{min:t.low,max:t.high,finite:t.finite}:finiteRange(e);const s=i>0?countOnGrid(e,e.length,i,n,r,t?.decimals):undefined;return s??sortWithin(e,i,n,r,true)}function sortWithin(e,t,n,r,i){const s=e.length;if(t<4096||!Number.isFinite(r-n)||n===r){const n=new Float64Array(t);let r=0;for(let t=0;t<s;t++)if(e[t]-e[t]===0)n[r++]=e[t];const o=markSorted(sortFloat64(n));return{sorted:o,moments:i?sortedMoments(o):undefined}}const o=countingSortDecimals(e,s,t,n,r);if(o)return{sorted:markSorted(o.sorted),moments:i?o.moments:undefined};const a=markSorted(distribute(e,s,t,n,r));return{sorted:a,moments:i?sortedMoments(a):undefined}}function finiteRange(e){let t=Infinity;let n=-Infinity;let r=0;for(let i=0;i<e.length;i++){const s=e[i];if(s-s===0){r++;if(s<t)t=s;if(s>n)n=s}}return{min:t,max:n,finite:r}}function sortedMoments(e){const t=e.length;let n=0;const r=new Sum;for(let i=0;i<t;i++){const t=e[i];if(i===0||t!==e[i-1])n++;r.add(t)}const i=t===0?Number.NaN:r.value/t;const s=new Sum;for(let n=0;n<t;n++){const t=e[n]-i;s.add(t*t)}return{distinct:n,mean:i,m2:s.value}}function bucketSort(e){const t=e.length;let n=Infinity;let r=-Infinity;for(let i=0;i<t;i++){const t=e[i];if(t<n)n=t;if(t>r)r=t}if(!Number.isFinite(n)||!Number.isFinite(r)||!Number.isFinite(r-n))return undefined;if(n===r)return e;e.set(countingSortDecimals(e,t,t,n,r)?.sorted??distribute(e,t,t,n,r));return e}function distribute(e,t,n,r,i){const s=n>>2;const o=s/(i-r);const a=s-1;const f=new Int32Array(s+1);for(let n=0;n<t;n++){const t=e[n];if(t-t!==0)continue;const i=Math.floor((t-r)*o);f[i>a?a:i]++}let c=0;for(let e=0;e<=s;e++){const t=f[e];f[e]=c;c+=t}const l=f.slice(0,s);const u=new Float64Array(n);for(let n=0;n<t;n++){const t=e[n];if(t-t!==0)continue;const i=Math.floor((t-r)*o);u[l[i>a?a:i]++]=t}for(let e=0;e<s;e++){const t=f[e];const n=f[e+1];const r=n-t;if(r<2)continue;if(r>48){u.subarray(t,n).sort();continue}for(let e=t+1;e<n;e++){const n=u[e];let r=e-1;while(r>=t&&u[r]>n){u[r+1]=u[r];r--}u[r+1]=n}}return u}function radixSort(e){const t=e.length;const n=new Uint32Array(e.buffer,e.byteOffset,t*2);let r=new Uint32Array(t);let i=new Uint32Array(t);for(let e=0;e<t;e++){const t=n[2*e+1];const s=n[2*e];if(t&2147483648){i[e]=~t>>>0;r[e]=~s>>>0}else{i[e]=(t|2147483648)>>>0;r[e]=s}}let s=new Uint32Array(t);let o=new Uint32Array(t);const a=new Uint32Array(2048);for(const[e,n,f]of l){const c=e===0?r:i;const l=(1<<f)-1;a.fill(0);for(let e=0;e<t;e++)a[c[e]>>>n&l]++;if(a[c[0]>>>n&l]===t)continue;let u=0;for(let e=0;e<=l;e++){const t=a[e];a[e]=u;u+=t}for(let e=0;e<t;e++){const t=a[c[e]>>>n&l]++;s[t]=r[e];o[t]=i[e]}[r,s]=[s,r];[i,o]=[o,i]}for(let e=0;e<t;e++){const t=i[e];if(t&2147483648){n[2*e+1]=(t&2147483647)>>>0;n[2*e]=r[e]}else{n[2*e+1]=~t>>>0;n[2*e]=~r[e]>>>0}}return e}const u=new WeakSet;function markSorted(e){u.add(e);return e}function isSorted(e){if(e instanceof Float64Array&&u.has(e))return true;for(let t=1;t<e.length;t++)if(e[t-1]>e[t])return false;return true}function sorted(e){if(e instanceof Float64Array&&isSorted(e))return e;return sortFloat64(Float64Array.from(e))}function upperBound(e,t){let n=0;let r=e.length;while(n<r){const i=n+r>>>1;if(e[i]<=t)n=i+1;else r=i}return n}function lowerBound(e,t){let n=0;let r=e.length;while(n<r){const i=n+r>>>1;if(e[i]<t)n=i+1;else r=i}return n}function mergeSorted(e,t){const n=new Float64Array(e.length+t.length);let r=0;let i=0;let s=0;while(r<e.length&&i<t.length)n[s++]=e[r]<=t[i]?e[r++]:t[i++];while(r<e.length)n[s++]=e[r++];while(i<t.length)n[s++]=t[i++];return n}function pooledRanks(e,t){const n=new Float64Array(e.length);const r=new Float64Array(t.length);const i=[];let s=0;let o=0;let a=0;while(s<e.length||o<t.length){const f=o>=t.length||s<e.length&&e[s]<=t[o]?e[s]:t[o];let c=0;let l=0;while(s+c<e.length&&e[s+c]===f)c++;while(o+l<t.length&&t[o+l]===f)l++;const u=c+l;const d=a+(u+1)/2;for(let e=0;e<c;e++)n[s+e]=d;for(let e=0;e<l;e++)r[o+e]=d;if(u>1)i.push(u);a+=u;s+=c;o+=l}return{ra:n,rb:r,ties:i}}function gcd(e,t){while(t)[e,t]=[t,e%t];return e}function roundHalfEven(e){const t=Math.round(e);return Math.abs(e%1)===.5&&t%2!==0?t-1:t}const d=[.675,1.281,1.645,1.96,2.326,2.573,3.085];const h=[-.245,.25,.678,1.149,1.822,2.364,3.615];const p=[-.105,-.305,-.362,-.391,-.396,-.345,-.154];const m=[.25,.1,.05,.025,.01,.005,.001];function andersonKsamp(e,t){const n=[sorted(e),sorted(t)];const r=n.length;const i=mergeSorted(n[0],n[1]);const s=i.length;const o=[];for(let e=0;e<s;e++)if(e===0||i[e]!==i[e-1])o.push(i[e]);if(o.length<2)throw new RangeError("anderson_ksamp needs more than one distinct observation");const a=n.map(e=>e.length);let f=0;const c=o.map(e=>lowerBound(i,e));const l=o.map((e,t)=>s===o.length?1:upperBound(i,e)-c[t]);const u=o.map((e,t)=>c[t]+l[t]/2);for(let e=0;e<r;e++){const t=n[e];const r=a[e];let i=0;for(let e=0;e<o.length;e++){const n=upperBound(t,o[e]);const a=n-lowerBound(t,o[e]);const f=n-a/2;const c=u[e];i+=l[e]/s*(s*f-c*r)**2/(c*(s-c)-s*l[e]/4)}f+=i/r}f*=(s-1)/s;const v=a.reduce((e,t)=>e+1/t,0);let g=0;let A=0;for(let e=0,t=s-1;t>1;e++,t--){g+=1/t;A+=g/(e+2)}const w=g+1;const b=(4*A-6)*(r-1)+(10-6*A)*v;const I=(2*A-4)*r**2+8*w*r+(2*A-14*w-4)*v-8*w+4*A-6;const x=(6*w+2*A-2)*r**2+(4*w-4*A+6)*r+(2*w-6)*v+4*w;const E=(2*w+6)*r**2-4*w*r;const B=(b*s**3+I*s**2+x*s+E)/((s-1)*(s-2)*(s-3));const C=r-1;const S=(f-C)/Math.sqrt(B);const N=d.map((e,t)=>e+h[t]/Math.sqrt(C)+p[t]/C);const T=Math.min(...N);const Q=Math.max(...N);if(S<T)return{statistic:S,pValue:.25,critical:N,capped:true};if(S>Q)return{statistic:S,pValue:.001,critical:N,capped:true};const[M,F,k]=quadraticFit(N,m.map(Math.log));return{statistic:S,pValue:Math.exp((M*S+F)*S+k),critical:N,capped:false}}function quadraticFit(e,t){const n=e.length;const r=e.reduce((e,t)=>e+t,0)/n;const i=[0,0,0,0,0];const s=[0,0,0];for(let o=0;o<n;o++){const n=e[o]-r;let a=1;for(let e=0;e<5;e++){i[e]+=a;if(e<3)s[e]+=a*t[o];a*=n}}const o=[[i[0],i[1],i[2]],[i[1],i[2],i[3]],[i[2],i[3],i[4]]];const[a,f,c]=solve3(o,s);return[c,f-2*c*r,a-f*r+c*r*r]}function solve3(e,t){const n=e.map((e,n)=>[...e,t[n]]);for(let e=0;e<3;e++){let t=e;for(let r=e+1;r<3;r++)if(Math.abs(n[r][e])>Math.abs(n[t][e]))t=r;[n[e],n[t]]=[n[t],n[e]];for(let t=0;t<3;t++){if(t===e)continue;const r=n[t][e]/n[e][e];for(let i=e;i<4;i++)n[t][i]-=r*n[e][i]}}return[n[0][3]/n[0][0],n[1][3]/n[1][1],n[2][3]/n[2][2]]}function cdfDistance(e,t,n){const r=sorted(t);const i=sorted(n);const s=r.length;const o=i.length;if(s===0||o===0)throw new RangeError("distance needs two non-empty samples");const a=new Sum;let f=0;let c=0;let l=Math.min(r[0],i[0]);while(f<s&&r[f]===l)f++;while(c<o&&i[c]===l)c++;while(f<s||c<o){const t=c>=o||f<s&&r[f]<=i[c]?r[f]:i[c];const n=f/s-c/o;const u=t-l;a.add(e===1?Math.abs(n)*u:n*n*u);while(f<s&&r[f]===t)f++;while(c<o&&i[c]===t)c++;l=t}return e===1?a.value:Math.sqrt(a.value)}function wassersteinDistance(e,t){return cdfDistance(1,e,t)}function energyDistance(e,t){return Math.SQRT2*cdfDistance(2,e,t)}var v=r(5479);var g=r.n(v);function chi2Sf(e,t){if(!(t>0)||Number.isNaN(e))return Number.NaN;if(e===Infinity)return 0;if(e<=0)return 1;return g()(e/2,t/2,true,true)}function xlogy(e,t){return e===0&&!Number.isNaN(t)?0:e*Math.log(t)}function powerDivergence(e,t,n){const r=new Sum;for(let i=0;i<e.length;i++){const s=e[i];const o=t[i];r.add(n==="pearson"?(s-o)*(s-o)/o:2*xlogy(s,s/o))}const i=r.value;return{statistic:i,pValue:chi2Sf(i,e.length-1)}}function chisquare(e,t){return powerDivergence(e,t,"pearson")}var A=r(7711);var w=r.n(A);function cramerVonMises2samp(e,t){const n=sorted(e);const r=sorted(t);const i=n.length;const s=r.length;if(i<=1||s<=1)throw new RangeError("cramervonmises_2samp needs at least two observations per sample");const o=Math.max(i,s)>20?"asymptotic":"exact";const{ra:a,rb:f}=pooledRanks(n,r);const c=new Sum;for(let e=0;e<i;e++)c.add((a[e]-(e+1))**2);const l=new Sum;for(let e=0;e<s;e++)l.add((f[e]-(e+1))**2);const u=i*c.value+s*l.value;const d=i*s;const h=i+s;const p=u/(d*h)-(4*d-1)/(6*h);let m;if(o==="exact")m=exactPValue(u,i,s);else{const e=(1+1/h)/6;let t=(h+1)*(4*d*h-3*(i**2+s**2)-2*d);t=t/(45*h**2*4*d);const n=1/6+(p-e)/Math.sqrt(45*t);m=n<.003?1:Math.max(0,1-cdfCvmInf(n))}return{statistic:p,pValue:m,method:o}}function exactPValue(e,t,n){const r=t*n/cramer_von_mises_gcd(t,n);const i=r/t;const s=r/n;const o=t*n;const a=Math.floor(r**2*(t+n)*(6*e-o*(4*o-1))/(6*o**2));let f=[new Map([[0,1]])];for(let e=1;e<=t;e++)f.push(new Map);for(let e=0;e<=n;e++){const n=[];let r=new Map;for(let o=0;o<=t;o++){const t=new Map(r);for(const[e,n]of f[o])t.set(e,(t.get(e)??0)+n);const a=(i*o-s*e)**2;r=new Map;for(const[e,n]of t)r.set(e+a,n);n.push(r)}f=n}let c=0;let l=0;for(const[e,n]of f[t]){l+=n;if(e>=a)c+=n}return c/l}function cramer_von_mises_gcd(e,t){while(t)[e,t]=[t,e%t];return e}function scaledBesselK(e,t){const n=.02;const r=new Sum;r.add(.5*Math.exp(-2*t));for(let i=1;;i++){const s=i*n;const o=Math.exp(-t*(1+Math.cosh(s)))*Math.cosh(e*s);r.add(o);if(o<1e-300||o<1e-18*r.value&&t*Math.cosh(s)>40)break}return r.value*n}function cdfCvmInf(e){let t=0;for(let n=0;;n++){const r=Math.exp(w()(n+.5)-w()(n+1))/(Math.PI**1.5*Math.sqrt(e));const i=4*n+1;const s=i**2/(16*e);const o=r*Math.sqrt(i)*scaledBesselK(.25,s);t+=o;if(!(Math.abs(o)>=1e-7))break}return t}function relEntr(e,t){if(e>0&&t>0)return e*Math.log(e/t);if(e===0&&t>=0)return 0;return Infinity}function normalised(e){const t=new Sum;for(let n=0;n<e.length;n++)t.add(e[n]);return Float64Array.from(e,e=>e/t.value)}function jensenShannon(e,t){const n=normalised(e);const r=normalised(t);const i=new Sum;const s=new Sum;for(let e=0;e<n.length;e++){const t=(n[e]+r[e])/2;i.add(relEntr(n[e],t));s.add(relEntr(r[e],t))}return Math.sqrt((i.value+s.value)/2)}function klDivergence(e,t){const n=normalised(e);const r=normalised(t);const i=new Sum;for(let e=0;e<n.length;e++)i.add(relEntr(n[e],r[e]));return i.value}function psi(e,t){const n=new Sum;for(let r=0;r<e.length;r++){const i=e[r];const s=t[r];n.add((i-s)*Math.log(i/s))}return n.value}var b=r(2558);var I=r.n(b);function fisherExact(e,t,n,r){if(e+n===0||t+r===0||e+t===0||n+r===0)return{statistic:Number.NaN,pValue:1};const i=n>0&&t>0?e*r/(n*t):Infinity;const s=e+t;const o=n+r;const a=e+n;const f=s+o;const c=Math.max(0,a-o);const l=Math.min(a,s);const u=I()(f,a);const pmf=e=>e<c||e>l?0:Math.exp(I()(s,e)+I()(o,a-e)-u);const d=Math.trunc((a+1)*(s+1)/(f+2));const h=pmf(e);const p=pmf(d);const m=1e-14;const v=1+m;if(Math.abs(h-p)/Math.max(h,p)<=m)return{statistic:i,pValue:1};let g=0;if(e<d){for(let t=c;t<=e;t++)g+=pmf(t);for(let e=l;e>d;e--){const t=pmf(e);if(t>=h*v)break;g+=t}}else{for(let t=e;t<=l;t++)g+=pmf(t);for(let e=c;e<d;e++){const t=pmf(e);if(t>h*v)break;g+=t}}return{statistic:i,pValue:Math.min(g,1)}}function sturgesEdges(e,t,n){let r=e;let i=t;if(r===i){r-=.5;i+=.5}const s=(t-e)/(Math.log2(n)+1);const o=s>0?Math.ceil((i-r)/s):1;return linspace(r,i,o+1)}function linspace(e,t,n){const r=new Float64Array(n);const i=(t-e)/(n-1);for(let t=0;t<n;t++)r[t]=t*i+e;if(n>1)r[n-1]=t;return r}function histogramCounts(e,t){const n=t.length-1;const r=new Float64Array(n);const i=t[0];const s=t[n];if(e instanceof Float64Array&&isSorted(e)){let o=lowerBound(e,i);for(let i=0;i<n-1;i++){const n=lowerBound(e,t[i+1]);r[i]=n-o;o=n}r[n-1]=upperBound(e,s)-o;return r}for(let o=0;o<e.length;o++){const a=e[o];if(!(a>=i&&a<=s))continue;if(a===s){r[n-1]++;continue}let f=0;let c=n;while(c-f>1){const e=f+c>>>1;if(t[e]<=a)f=e;else c=e}r[f]++}return r}const x=128;const E=2**128;const B=2**-128;const C=Math.sqrt(2*Math.PI);const S=Math.log(2*Math.PI);const N=-708;const T=Math.sqrt(3);const Q=Math.PI**2;const M=Math.PI**4;const F=Math.PI**6;const k=[-3617/122400,1/156,-691/360360,1/1188,-1/1680,1/1260,-1/360,1/12];const clip=e=>Math.min(Math.max(e,0),1);const pick=(e,t,n)=>clip(n?e:t);function polyval(e,t){let n=0;for(const r of e)n=n*t+r;return n}function logFactorialOverPower(e){const t=1/e;return Math.log(e)/2-e+S/2+t*polyval(k,t/e)}function smirnov(e,t){if(t<=0)return 1;if(t>=1)return 0;const n=Math.floor(e*(1-t));let r=0;for(let i=0;i<=n;i++){const n=1-t-i/e;const s=t+i/e;if(n<=0&&e-i>0)continue;const o=I()(e,i)+(e-i)*Math.log(n)+(i-1)*Math.log(s);r+=Math.exp(o)}return clip(t*r)}function matmul(e,t,n){const r=new Float64Array(n*n);for(let i=0;i<n;i++){for(let s=0;s<n;s++){const o=e[i*n+s];if(o===0)continue;for(let e=0;e<n;e++)r[i*n+e]+=o*t[s*n+e]}}return r}function kolmognDurbin(e,t){if(t>=1)return 1;const n=e*t;if(n<=.5)return 0;const r=Math.ceil(n);const i=r-n;const s=2*r-1;const o=new Float64Array(s);const a=new Float64Array(s);let f=1;for(let e=1;e<=s;e++){a[e-1]=f;f/=e;o[e-1]=(1-i**e)*f}const c=Math.max(2*i-1,0)**s-2*i**s;o[s-1]=(1+c)*f;let l=new Float64Array(s*s);for(let e=1;e<s;e++)for(let t=e-1;t<s;t++)l[t*s+e]=a[t-(e-1)];for(let e=0;e<s;e++)l[e*s]=o[e];for(let e=0;e<s;e++)l[(s-1)*s+e]=o[s-1-e];let u=new Float64Array(s*s);for(let e=0;e<s;e++)u[e*s+e]=1;let d=e;let h=0;let p=0;while(d>0){if(d%2){u=matmul(u,l,s);h+=p}l=matmul(l,l,s);p*=2;if(Math.abs(l[(r-1)*s+(r-1)])>E){for(let e=0;e<l.length;e++)l[e]/=E;p+=x}d=Math.floor(d/2)}let m=u[(r-1)*s+(r-1)];for(let t=1;t<=e;t++){m=t*m/e;if(Math.abs(m)<B){m*=E;h-=x}}return h!==0?m*2**h:m}function pomeranzBounds(e,t,n,r,i){let s;let o;if(e===0){s=-n-r-1;o=n+r-1}else{const a=Math.floor((e+1)/2);if((e+1)%2===0){if(a===t+1){s=t-n-r-1;o=t+n+r-1}else{s=a-1-n-i-1;o=a+n-1+r-1}}else{s=a-1-n-1;o=a+n+i-1}}return[Math.max(s+2,0),Math.min(o,t)]}function kolmognPomeranz(e,t){const n=e*t;const r=Math.floor(n);const i=n-r;const s=Math.min(i,1-i);const o=i>0?1:0;const a=i>.5?1:0;const f=2*(r+1);const c=new Float64Array(f);const l=new Float64Array(f);const u=new Float64Array(f);c[0]=l[0]=u[0]=1;for(let t=1;t<f;t++){c[t]=c[t-1]*(s/e)/t;l[t]=l[t-1]*(2*s/e)/t;u[t]=u[t-1]*((1-2*s)/e)/t}let d=new Float64Array(f);let h=new Float64Array(f);h[0]=1;let p=0;let m=0;let v=0;let g=pomeranzBounds(0,e,r,o,a)[0];let A;for(let t=1;t<2*e+2;t++){const n=g;[d,h]=[h,d];[p,m]=[m,p];h.fill(0);[g,A]=pomeranzBounds(t,e,r,o,a);const i=t===1||t===2*e+1?c:t%2?l:u;const s=A-n+1;if(s>0){const e=g-n;const t=A-g+1;const r=n-p;const o=Math.min(s,f-r);const a=Math.min(s,f);let c=0;for(let n=e;n<e+t;n++){let t=0;for(let e=Math.max(0,n-a+1);e<=Math.min(n,o-1);e++)t+=d[r+e]*i[n-e];h[n-e]=t;if(t>c)c=t}if(c>0&&c<B){for(let e=0;e<t;e++)h[e]*=E;v-=x}m=p+g-n}}let w=h[e-m];for(let t=1;t<=e;t++){if(Math.abs(w)>E){w*=B;v+=x}w*=t}return v!==0?w*2**v:w}function kolmognPelzGood(e,t,n){if(t<=0)return pick(0,1,n);if(t>=1)return pick(1,0,n);const r=Math.sqrt(e)*t;const i=r**2;const s=r**4;const o=r**6;const a=-Q/8/i;if(a<N)return pick(0,1,n);let f=Math.exp(a);const c=-i;const l=Q/4;const u=6*o+2*s;const d=(2*s-5*i)*Q/4;const h=M*(1-2*i)/16;const p=F*(5-30*i)/64;const m=M*(-60*i+212*s)/16;const v=Q*(135*s-96*o)/4;const g=-30*o-90*r**8;const A=[0,0,0,0];const w=Math.ceil(16*r/Math.PI);for(let e=w;e>0;e--){const t=2*e-1;const n=t**2;const r=t**4;const i=t**6;const s=f**(8*e);const o=[1,c+l*n,u+d*n+h*r,g+v*n+m*r+p*i];for(let e=0;e<4;e++)A[e]=A[e]*s+o[e]}const b=[r,6*s,72*r**7,6480*r**10];for(let e=0;e<4;e++)A[e]=A[e]*f*C/b[e];f=Math.exp(-Q/2/i);let I=0;let x=0;for(let e=w;e>0;e--){const t=e*e;const n=f**t;I+=t*n;x+=(T*r+Math.PI*e)*(T*r-Math.PI*e)*t*n}A[2]+=I*Q*C/(-36*r**3);A[3]+=x*Q*C/(216*o);for(let t=0;t<4;t++)A[t]=A[t]/e**(t/2);if(!n){for(let e=0;e<4;e++)A[e]=-A[e];A[0]+=1}return A[0]+A[1]+A[2]+A[3]}function kstwoSf(e,t){return kolmogn(e,t,false)}function kolmogn(e,t,n){if(!Number.isInteger(e)||e<=0)return Number.NaN;if(t>=1)return pick(1,0,n);if(t<=0)return pick(0,1,n);const r=e*t;if(r<=1){if(r<=.5)return pick(0,1,n);let t;if(e<=140){t=1;for(let n=1;n<=e;n++)t*=n*(1/e)*(2*r-1)}else t=Math.exp(logFactorialOverPower(e)+e*Math.log(2*r-1));return pick(t,1-t,n)}if(r>=e-1){const r=2*(1-t)**e;return pick(1-r,r,n)}if(t>=.5){const r=2*smirnov(e,t);return pick(1-r,r,n)}const i=r*t;if(e<=140){if(i<=.754693){const r=kolmognDurbin(e,t);return pick(r,1-r,n)}if(i<=4){const r=kolmognPomeranz(e,t);return pick(r,1-r,n)}const r=2*smirnov(e,t);return pick(1-r,r,n)}if(!n){if(i>=370)return 0;if(i>=2.2)return clip(2*smirnov(e,t))}let s;if(i>=18)s=1;else if(e<=1e5&&e*t**1.5<=1.4)s=kolmognDurbin(e,t);else s=kolmognPelzGood(e,t,true);return pick(s,1-s,n)}const R=1e4;function ks2samp(e,t){const n=sorted(e);const r=sorted(t);const i=n.length;const s=r.length;if(i===0||s===0)throw new RangeError("ks_2samp needs two non-empty samples");let o=-Infinity;let a=Infinity;let f=0;let c=0;while(f<i||c<s){const e=c>=s||f<i&&n[f]<=r[c]?n[f]:r[c];while(f<i&&n[f]===e)f++;while(c<s&&r[c]===e)c++;const t=f/i-c/s;if(t>o)o=t;if(t<a)a=t}const l=Math.min(Math.max(-a,0),1);let u=l>o?l:o;const d=gcd(i,s);if(Math.max(i,s)<=R){const e=exactTwoSided(i,s,d,u);if(e)return{statistic:e.d,pValue:e.p,method:"exact"}}const[h,p]=i>=s?[i,s]:[s,i];const m=h*p/(h+p);u=Math.max(u,0);return{statistic:u,pValue:Math.min(Math.max(kstwoSf(roundHalfEven(m),u),0),1),method:"asymp"}}function exactTwoSided(e,t,n,r){const i=e/n*t;const s=roundHalfEven(r*i);const o=s/i;if(s===0)return{d:o,p:1};const a=e===t?probOutsideSquare(e,s):outerProbInside(e,t,n,s);if(!Number.isFinite(a)||a<0||a>1)return undefined;return{d:o,p:a}}function probOutsideSquare(e,t){let n=0;for(let r=Math.floor(e/t);r>=0;r--){let i=1;for(let n=0;n<t;n++)i=(e-r*t-n)*i/(e+r*t+n+1);n=i*(1-n)}return 2*n}function outerProbInside(e,t,n,r){const[i,s]=e>=t?[e,t]:[t,e];const o=i/n;const a=s/n;let f=0;let c=Math.min(Math.ceil(r/o),s+1);let l=c-f;const u=Math.min(2*c+2,s+1);const d=new Float64Array(u).fill(1);for(let e=f;e<c;e++)d[e]=0;for(let e=1;e<=i;e++){const t=f;const n=l;f=Math.min(Math.max(Math.floor((a*e-r)/o)+1,0),s);c=Math.min(Math.ceil((a*e+r)/o),s+1);if(c<=f)return 1;let i=f===0?0:1;for(let n=0;n<c-f;n++){const r=n+f;i=(d[n+f-t]*e+i*r)/(e+r);d[n]=i}l=c-f;if(n>l)d.fill(1,c-f,c-f+(n-l))}return d[c-f-1]}var U=r(988);var L=r.n(U);function mannWhitneyU(e,t,n="two-sided"){const r=sorted(e);const i=sorted(t);const s=r.length;const o=i.length;const{ra:a,ties:f}=pooledRanks(r,i);const c=new Sum;for(let e=0;e<s;e++)c.add(a[e]);const l=c.value-s*(s+1)/2;const u=s*o-l;const[d,h]=n==="greater"?[l,1]:n==="less"?[u,1]:[Math.max(l,u),2];const p=!(s>8&&o>8)&&f.length===0;let m;if(p)m=exactSf(Math.trunc(d),s,o);else{const e=s+o;let t=0;for(const e of f)t+=e**3-e;const n=Math.sqrt(s*o/12*(e+1-t/(e*(e-1))));const r=(d-s*o/2-.5)/n;m=.5*L()(r/Math.SQRT2)}return{statistic:l,pValue:Math.min(Math.max(m*h,0),1)}}function exactSf(e,t,n){const r=t*n+1;let i=new Float64Array(r);i[0]=1;for(let e=1;e<=t;e++){const t=Float64Array.from(i);const s=n+e;for(let e=r-1;e>=s;e--)t[e]-=t[e-s];for(let n=e;n<r;n++)t[n]+=t[n-e];i=t}let s=0;for(let e=0;e<r;e++)s+=i[e];let o=0;const a=t*n-e;for(let e=0;e<=a&&e<r;e++)o+=i[e];return o/s}var P=r(6021);var D=r.n(P);function ttestInd(e,t){const n=e.length;const r=t.length;const i=n+r-2;const s=((n-1)*variance(e,1)+(r-1)*variance(t,1))/i;const o=Math.sqrt(s*(1/n+1/r));const a=(mean(e)-mean(t))/o;if(Number.isNaN(a))return{statistic:a,pValue:Number.NaN};return{statistic:a,pValue:2*D()(-Math.abs(a),i)}}var q=r(2484);var G=r.n(q);function proportionsZTest(e,t,n,r){const i=e/t;const s=n/r;const o=(i*t+s*r)/(t+r);const a=(i-s)/Math.sqrt(o*(1-o)*(1/t+1/r));return{statistic:a,pValue:2*(1-G()(Math.abs(a),0,1))}}function gridSample(e,t){let n;return{kind:"numeric",grid:e,moments:t,get values(){n??=markSorted(expandGrid(e));return n}}}function portableSample(e){if(e.kind==="numeric"&&e.grid)return{kind:"numeric",grid:e.grid,moments:e.moments,values:O};return e}function restoredSample(e){if(e.kind==="numeric"&&e.grid)return gridSample(e.grid,e.moments);if(e.kind==="numeric")markSorted(e.values);return e}const O=new Float64Array(0);function sampleSize(e){return e.kind==="numeric"?numericSize(e):e.n}function numericSize(e){return e.grid?e.grid.n:e.values.length}function numericRange(e){if(e.grid)return gridRange(e.grid);return[e.values[0],e.values[e.values.length-1]]}function numericQuantiles(e,t){return e.grid?gridQuantiles(e.grid,t):t.map(t=>quantile(e.values,t))}function numericHistogram(e,t){return e.grid?gridHistogramCounts(e.grid,t):histogramCounts(e.values,t)}function quantile(e,t){const n=(e.length-1)*t;const r=Math.floor(n);const i=Math.min(r+1,e.length-1);return e[r]+(e[i]-e[r])*(n-r)}function valueCounts(e){if(e.kind==="categorical")return new Map(e.counts);const t=new Map;if(e.grid){const{counts:n,low:r,decimals:i}=e.grid;for(let e=0;e<n.length;e++)if(n[e]>0)t.set((r+e)/10**i,n[e]);return t}const n=e.values;for(let e=0;e<n.length;){let r=e+1;while(r<n.length&&n[r]===n[e])r++;t.set(n[e],r-e);e=r}return t}function distinctCount(e){if(e.kind==="categorical")return e.counts.size;if(e.moments)return e.moments.distinct;const t=e.values;let n=0;for(let e=0;e<t.length;e++)if(e===0||t[e]!==t[e-1])n++;return n}function unionKeys(e,t){const n=new Set(e.keys());for(const e of t.keys())n.add(e);return[...n]}function distinctUnionUpTo(e,t,n){if(e.kind==="numeric"&&t.kind==="numeric"&&e.grid&&t.grid)return gridDistinctUnionUpTo(e.grid,t.grid,n);if(e.kind==="numeric"&&t.kind==="numeric"){const r=e.values;const i=t.values;let s=0;let o=0;let a=0;while((s<r.length||o<i.length)&&a<n){const e=o>=i.length||s<r.length&&r[s]<=i[o]?r[s]:i[o];while(s<r.length&&r[s]===e)s++;while(o<i.length&&i[o]===e)o++;a++}return a}return Math.min(n,unionKeys(valueCounts(e),valueCounts(t)).length)}function distinctUpTo(e,t){if(e.kind==="categorical")return Math.min(t,e.counts.size);if(e.moments)return Math.min(t,e.moments.distinct);const n=e.values;let r=0;for(let e=0;e<n.length&&r<t;e++)if(e===0||n[e]!==n[e-1])r++;return r}function binnedShares(e,t,n){let r;let i;const s=sampleSize(e);const o=sampleSize(t);if(e.kind==="numeric"&&t.kind==="numeric"&&distinctUpTo(e,21)>20){const[n,a]=numericRange(e);const[f,c]=numericRange(t);const l=sturgesEdges(Math.min(n,f),Math.max(a,c),s+o);r=numericHistogram(e,l).map(e=>e/s);i=numericHistogram(t,l).map(e=>e/o)}else{const n=valueCounts(e);const a=valueCounts(t);const f=unionKeys(n,a);r=Float64Array.from(f,e=>(n.get(e)??0)/s);i=Float64Array.from(f,e=>(a.get(e)??0)/o)}if(n){fill(r);fill(i)}return{reference:r,current:i}}function fill(e){let t=Infinity;for(const n of e)if(n!==0&&n<t)t=n;const n=t<=1e-4?t/10**6:1e-4;for(let t=0;t<e.length;t++)if(e[t]===0)e[t]=n}function hellinger(e,t){let n=0;if(e.kind==="numeric"&&t.kind==="numeric"){const r=unionKeys(valueCounts(e),valueCounts(t));let i=Infinity;let s=-Infinity;for(const e of r){if(e<i)i=e;if(e>s)s=e}const o=sturgesEdges(i,s,r.length);const a=density(numericHistogram(e,o),o);const f=density(numericHistogram(t,o),o);const c=(o[o.length-1]-o[0])/(o.length-1);for(let e=0;e<a.length;e++)n+=Math.sqrt(a[e]*f[e])*c}else{const r=valueCounts(e);const i=valueCounts(t);const s=sampleSize(e);const o=sampleSize(t);for(const e of unionKeys(r,i))n+=Math.sqrt((r.get(e)??0)/s*((i.get(e)??0)/o))}return Math.sqrt(1-Math.min(Math.max(n,0),1))}function density(e,t){let n=0;for(const t of e)n+=t;return e.map((e,r)=>e/(t[r+1]-t[r])/n)}function populationStd(e){const t=numericSize(e);return e.moments?Math.sqrt(e.moments.m2/t):Math.sqrt(variance(e.values,0))}const V=["ks","chisquare","z","wasserstein","jensenshannon","psi","kl_div","hellinger","anderson","cramer_von_mises","mannw","t_test","ed","g_test","fisher_exact"];const H={ks:{title:"Kolmogorov–Smirnov p-value",scoreKind:"p-value",defaultThreshold:.05,comparison:"p<=",numericOnly:true},chisquare:{title:"chi-square p-value",scoreKind:"p-value",defaultThreshold:.05,comparison:"p<",numericOnly:false},z:{title:"Z-test p-value",scoreKind:"p-value",defaultThreshold:.05,comparison:"p<",numericOnly:false},wasserstein:{title:"Wasserstein distance (normed)",scoreKind:"distance",defaultThreshold:.1,comparison:"d>=",numericOnly:true},jensenshannon:{title:"Jensen-Shannon distance",scoreKind:"distance",defaultThreshold:.1,comparison:"d>=",numericOnly:false},psi:{title:"PSI",scoreKind:"distance",defaultThreshold:.1,comparison:"d>=",numericOnly:false},kl_div:{title:"Kullback-Leibler divergence",scoreKind:"distance",defaultThreshold:.1,comparison:"d>=",numericOnly:false},hellinger:{title:"Hellinger distance",scoreKind:"distance",defaultThreshold:.1,comparison:"d>=",numericOnly:false},anderson:{title:"Anderson-Darling p-value",scoreKind:"p-value",defaultThreshold:.1,comparison:"p<",numericOnly:true},cramer_von_mises:{title:"Cramér-von Mises p-value",scoreKind:"p-value",defaultThreshold:.1,comparison:"p<=",numericOnly:true},mannw:{title:"Mann-Whitney U-rank test p-value",scoreKind:"p-value",defaultThreshold:.05,comparison:"p<",numericOnly:true},t_test:{title:"t-test p-value",scoreKind:"p-value",defaultThreshold:.05,comparison:"p<",numericOnly:true},ed:{title:"Energy distance",scoreKind:"distance",defaultThreshold:.1,comparison:"d>",numericOnly:true},g_test:{title:"G-test p-value",scoreKind:"p-value",defaultThreshold:.1,comparison:"p<",numericOnly:false},fisher_exact:{title:"Fisher's exact test p-value",scoreKind:"p-value",defaultThreshold:.1,comparison:"p<",numericOnly:false}};function statTestInfo(e){return{name:e,...H[e]}}function isStatTestName(e){return V.includes(e)}function isDrift(e,t,n){switch(n){case"p<":return e<t;case"p<=":return e<=t;case"d>=":return e>=t;case"d>":return e>t}}function numeric(e,t){assertNumeric(e,t);return e.values}function assertNumeric(e,t){if(e.kind!=="numeric")throw new i.yo(`The '${t}' test needs a numeric column.`)}function runStatTest(e,t,n){switch(e){case"ks":{const r=ks2samp(numeric(t,e),numeric(n,e));return{score:r.pValue,statistic:r.statistic,pValue:r.pValue,note:`${r.method} p-value`}}case"chisquare":case"g_test":{const{observed:r,expected:i}=observedExpected(t,n);const s=e==="chisquare"?chisquare(r,i):powerDivergence(r,i,"log-likelihood");return{score:s.pValue,statistic:s.statistic,pValue:s.pValue}}case"z":return zTest(t,n);case"wasserstein":{assertNumeric(t,e);assertNumeric(n,e);const r=Math.max(populationStd(t),.001);const i=t.grid&&n.grid?gridCdfDistance(1,t.grid,n.grid):wassersteinDistance(t.values,n.values);return{score:i/r,statistic:i}}case"jensenshannon":{const{reference:e,current:r}=binnedShares(t,n,true);return{score:jensenShannon(e,r)}}case"psi":{const{reference:e,current:r}=binnedShares(t,n,true);return{score:psi(e,r)}}case"kl_div":{const{reference:e,current:r}=binnedShares(t,n,true);return{score:klDivergence(e,r)}}case"hellinger":return{score:hellinger(t,n)};case"anderson":{const r=andersonKsamp(numeric(t,e),numeric(n,e));return{score:r.pValue,statistic:r.statistic,pValue:r.pValue,...r.capped?{note:"p-value capped to [0.001, 0.25] as scipy does"}:{}}}case"cramer_von_mises":{const r=cramerVonMises2samp(numeric(t,e),numeric(n,e));return{score:r.pValue,statistic:r.statistic,pValue:r.pValue,note:`${r.method} p-value`}}case"mannw":{const r=mannWhitneyU(numeric(t,e),numeric(n,e),"less");return{score:r.pValue,statistic:r.statistic,pValue:r.pValue}}case"t_test":{const r=ttestInd(numeric(t,e),numeric(n,e));return{score:r.pValue,statistic:r.statistic,pValue:r.pValue}}case"ed":return{score:energyDistance(numeric(t,e),numeric(n,e))};case"fisher_exact":return fisherTest(t,n)}}function observedExpected(e,t){const n=valueCounts(e);const r=valueCounts(t);const i=unionKeys(n,r);const s=sampleSize(t)/sampleSize(e);return{observed:Float64Array.from(i,e=>r.get(e)??0),expected:Float64Array.from(i,e=>(n.get(e)??0)*s)}}function zTest(e,t){const n=valueCounts(e);const r=valueCounts(t);if(n.size===1&&r.size===1&&[...n.keys()][0]===[...r.keys()][0])return{score:1,pValue:1};const i=unionKeys(n,r).sort((e,t)=>typeof e==="number"&&typeof t==="number"?e-t:String(e)<String(t)?-1:String(e)>String(t)?1:0);const s=i[0];const o=sampleSize(e);const a=sampleSize(t);const f=proportionsZTest(o-(n.get(s)??0),o,a-(r.get(s)??0),a);return{score:f.pValue,statistic:f.statistic,pValue:f.pValue}}function fisherTest(e,t){const n=valueCounts(e);const r=valueCounts(t);const s=unionKeys(n,r);if(s.length>2){throw new i.yo(`The 'fisher_exact' test needs a column with at most two distinct values; this one has ${s.length}.`)}const[o,a]=s;const count=(e,t)=>t===undefined?0:e.get(t)??0;const f=fisherExact(count(r,o),count(r,a),count(n,o),count(n,a));return{score:f.pValue,statistic:f.statistic,pValue:f.pValue}}const z=["none","bonferroni","fdr"];function parseStatTest(e,t){if(isStatTestName(e))return e;throw new i.yo(`Input '${t}': unknown test '${e}'.`,{hint:`Use one of: ${V.join(", ")}${t==="stattest"?", or auto":""}.`})}function parseColumnLines(e,t,n){const r={};for(const s of e){const e=s.lastIndexOf("=");const o=s.slice(0,e).trim();const a=s.slice(e+1).trim();if(e<=0||o===""||a===""){throw new i.yo(`Input '${t}': '${s}' is not a 'column=value' line.`)}r[o]=n(a,s)}return r}function parseThreshold(e,t){const n=/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(e)?Number(e):Number.NaN;if(!(n>0)||!Number.isFinite(n)){throw new i.yo(`Input '${t}': threshold '${e}' is out of range: expected a number above 0 (at most 1 for p-value tests).`)}return n}var Y=r(1455);var W=r(7598);var j=r(3024);var Z=r(6760);var K=r.n(Z);const J=e(import.meta.url)("node:zlib");const X=1<<20;async function fileSha256(e){const t=createHash("sha256");await hashFileInto(e,t);return t.digest("hex")}async function hashFileInto(e,t){const n=(0,j.openSync)(e,"r");try{const e=Buffer.allocUnsafe(X);for(;;){const r=(0,j.readSync)(n,e,0,X,null);if(r===0)return;t.update(e.subarray(0,r))}}finally{(0,j.closeSync)(n)}}function iterableSource(e){const t=e[Symbol.asyncIterator]();return{async next(e){const{value:n,done:r}=await t.next();if(r)return undefined;return e&&e.length>0?Buffer.concat([e,n]):n},async close(){await(t.return?.())}}}class FileSource{file;hash;buffer;position=0;fd;target;constructor(e,t,n){this.file=e;this.hash=t;this.buffer=Buffer.allocUnsafe(n)}readInto(e){this.target=e}async next(e){this.fd??=(0,j.openSync)(this.file,"r");const t=e?.length??0;const n=t*2>this.buffer.length?t*2+this.buffer.length:this.buffer.length;if(this.target){const r=e&&t>0?Buffer.from(e):undefined;this.buffer=this.target(n);r?.copy(this.buffer,0)}else if(e&&t>0){if(n>this.buffer.length)this.buffer=Buffer.allocUnsafe(n);e.copy(this.buffer,0)}const r=(0,j.readSync)(this.fd,this.buffer,t,this.buffer.length-t,this.position);if(r===0){this.closeNow();return undefined}this.position+=r;this.hash.update(this.buffer.subarray(t,t+r));return this.buffer.subarray(0,t+r)}close(){this.closeNow();return Promise.resolve()}closeNow(){const e=this.fd;this.fd=undefined;if(e!==undefined)(0,j.closeSync)(e)}}function tallyCodes(e,t){const n=t+1;const r=new Int32Array(4*n);const i=e.length&~3;for(let t=0;t<i;t+=4){r[e[t]+1]++;r[n+e[t+1]+1]++;r[2*n+e[t+2]+1]++;r[3*n+e[t+3]+1]++}for(let t=i;t<e.length;t++)r[e[t]+1]++;const sum=e=>r[e]+r[n+e]+r[2*n+e]+r[3*n+e];const s=new Float64Array(t);for(let e=0;e<t;e++)s[e]=sum(e+1);return{counts:s,missing:sum(0)}}class GridCounter{decimals=0;scale=1;origin=0;counts=new Uint16Array(0);wraps=new Map;lowStep=Infinity;highStep=-Infinity;counted=0;staged=new Float64Array(0);stagedCount=0;stagedFraction=0;stagedLow=Infinity;stagedHigh=-Infinity;refused=false;expected=0;add(e,t){this.reserve(1);this.staged[this.stagedCount++]=e;this.widen(t,e,e);return!this.refused}addRun(e,t,n,r,i,s,o){if(r===0)return!this.refused;this.reserve(r);const a=this.staged;let f=this.stagedCount;if(r===n-t){a.set(e.subarray(t,n),f);f+=r}else{for(let r=t;r<n;r++){const t=e[r];if(t===t)a[f++]=t}}this.stagedCount=f;this.widen(i,s,o);return!this.refused}get declined(){return this.refused}grid(){if(!this.flush())return undefined;const e=this.counted;if(e===0)return{decimals:this.decimals,low:0,counts:new Int32Array(0),n:0};const t=this.wideCounts(this.lowStep,this.highStep+1);return{decimals:this.decimals,low:this.lowStep,counts:t,n:e}}values(){const e=this.wideCounts(this.origin,this.origin+this.counts.length);const t=this.counted?expandGrid({decimals:this.decimals,low:this.origin,counts:e,n:this.counted}):new Float64Array(0);const n=new Float64Array(t.length+this.stagedCount);n.set(t);n.set(this.staged.subarray(0,this.stagedCount),t.length);return n}expect(e){this.expected=Math.max(this.expected,e)}reserve(e){const t=this.stagedCount+e;if(t<=this.staged.length)return;if(this.staged.length>=$&&this.flush())return this.reserve(e);const n=Math.max(ee,this.staged.length*2,Math.min(this.expected,$));const r=new Float64Array(Math.max(t,Math.min($,n)));r.set(this.staged.subarray(0,this.stagedCount));this.staged=r}widen(e,t,n){if(e>this.stagedFraction)this.stagedFraction=e;if(t<this.stagedLow)this.stagedLow=t;if(n>this.stagedHigh)this.stagedHigh=n}flush(){if(this.refused)return false;if(this.stagedCount===0)return true;if(!this.cover(this.stagedLow,this.stagedHigh,this.stagedFraction)){this.refused=true;return false}const{counts:e,scale:t,origin:n,staged:r}=this;const i=this.stagedCount;for(let s=0;s<i;s++){const i=Math.round(r[s]*t)-n;const o=e[i]+1&65535;e[i]=o;if(o===0)this.wraps.set(n+i,(this.wraps.get(n+i)??0)+1)}this.counted+=i;this.stagedCount=0;this.stagedFraction=0;this.stagedLow=Infinity;this.stagedHigh=-Infinity;return true}cover(e,t,n){if(n>this.decimals&&!this.refine(n))return false;const r=Math.round(e*this.scale);const i=Math.round(t*this.scale);if(!Number.isSafeInteger(r)||!Number.isSafeInteger(i))return false;if(r>=this.origin&&i<this.origin+this.counts.length){this.lowStep=Math.min(this.lowStep,r);this.highStep=Math.max(this.highStep,i);return true}const s=Math.min(r,this.lowStep);const o=Math.max(i,this.highStep);const a=o-s+1;if(a>_)return false;const f=Math.min(Math.ceil(a/8),Math.floor((_-a)/2));this.retable(s-f,a+2*f,1);this.lowStep=s;this.highStep=o;return true}refine(e){const t=10**(e-this.decimals);if(this.counted>0){const e=(this.highStep-this.lowStep)*t+1;if(e>_||!Number.isSafeInteger(this.highStep*t)||!Number.isSafeInteger(this.lowStep*t))return false;this.retable(this.lowStep*t,e,t);this.lowStep*=t;this.highStep*=t}else{this.counts=new Uint16Array(0);this.origin=0}this.decimals=e;this.scale=10**e;return true}retable(e,t,n){const r=new Uint16Array(t);const i=this.counts;for(let t=0;t<i.length;t++){const s=i[t];if(s!==0)r[(this.origin+t)*n-e]=s}if(n!==1&&this.wraps.size>0){const e=[...this.wraps].map(([e,t])=>[e*n,t]);this.wraps.clear();for(const[t,n]of e)this.wraps.set(t,n)}this.counts=r;this.origin=e}wideCounts(e,t){const n=Int32Array.from(this.counts.subarray(e-this.origin,t-this.origin));for(const[r,i]of this.wraps)if(r>=e&&r<t)n[r-e]+=i*65536;return n}}const _=1<<22;const $=1<<18;const ee=1<<10;const te=["NA","N/A","n/a","NaN","nan","NAN","-nan","null","NULL","Null","None","none","#N/A"];const ne=new Set(te);function isMissingToken(e){return e===""||ne.has(e)}const re=Array.from({length:23},(e,t)=>Number(`1e${t}`));const ie=2**53;function parseDecimalBytes(e,t,n){let r=t;if(r>=n)return undefined;let i=false;let s=e[r];if(s===45||s===43){i=s===45;r++}let o=0;let a=0;let f=0;while(r<n&&(s=e[r])>=48&&s<=57){o=o*10+(s-48);a++;r++}if(r<n&&e[r]===46){r++;const t=r;while(r<n&&(s=e[r])>=48&&s<=57){o=o*10+(s-48);r++}a+=r-t;f-=r-t}if(a===0)return undefined;if(r<n&&(e[r]===101||e[r]===69)){r++;let t=false;if(r<n&&(e[r]===45||e[r]===43)){t=e[r]===45;r++}let i=0;let o=0;while(r<n&&(s=e[r])>=48&&s<=57){i=i*10+(s-48);o++;r++;if(i>1e5)return undefined}if(o===0)return undefined;f+=t?-i:i}if(r!==n)return undefined;if(a>15&&o!==0||o>=ie||f<-22||f>22)return Number.NaN;const c=f>=0?o*re[f]:o/re[-f];return i?-c:c}const se=/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;const oe=/^\s*([+-]?)(inf|Inf|INF|infinity|Infinity|INFINITY)\s*$/;function parseNumberText(e){if(se.test(e))return Number(e);const t=oe.exec(e);if(t)return t[1]==="-"?-Infinity:Infinity;return undefined}const ae=255;const fe=65536;function fieldHash(e,t,n){let r=2166136261;for(let i=t;i<n;i++)r=Math.imul(r^e[i],16777619);return(r^n-t)&1073741823}function sameBytes(e,t,n,r){if(e.length!==r-n)return false;for(let r=0;r<e.length;r++)if(e[r]!==t[n+r])return false;return true}const ce=-2;const le=-1;const ue=new TextDecoder("latin1");const de=new TextDecoder("utf-8",{fatal:true});function decodeField(e,t,n,r){let s=true;for(let r=t;r<n;r++){if(e[r]>=128){s=false;break}}if(s)return Buffer.isBuffer(e)?e.toString("latin1",t,n):ue.decode(e.subarray(t,n));try{return de.decode(e.subarray(t,n))}catch{throw new i.yo(`${r.file}:${r.line}: column ${r.column} holds bytes that are not valid UTF-8.`,{location:r,hint:"Save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)."})}}class ColumnBuilder{name;mode;values;counter;countedMissing=0;expected=0;codes;dictionary=new Map;levels=[];textCache=new Map;recent=new Array(ae+1).fill(undefined);size=0;decimals=0;gridLow=Infinity;gridHigh=-Infinity;numbersAmongCodes=false;strayCount=0;numberCount=0;firstStray;constructor(e,t,n=1024,r=false){this.name=e;this.mode=t;if(r&&t!=="categorical"){this.counter=new GridCounter;this.values=new Float64Array(0);this.expected=n;return}this.values=new Float64Array(n);if(t==="categorical")this.codes=new Int32Array(n)}ensureCapacity(e){if(this.counter){this.expected=Math.max(this.expected,e);this.counter.expect(e);return}if(e<=this.values.length)return;const t=new Float64Array(e);t.set(this.values.subarray(0,this.size));this.values=t;if(this.codes){const t=new Int32Array(e);t.set(this.codes.subarray(0,this.size));this.codes=t}}reserve(e){if(this.counter)this.materialize();if(e===this.size&&e<this.values.length){this.size++;return}if(e>=this.values.length){let t=this.values.length*2;while(t<=e)t*=2;const n=new Float64Array(t);n.set(this.values.subarray(0,this.size));this.values=n;if(this.codes){const e=new Int32Array(t);e.set(this.codes.subarray(0,this.size));this.codes=e}}while(this.size<e)this.setMissing(this.size);if(e===this.size)this.size++}directTarget(e){if(this.counter)return{kind:"counts",size:this.size};if(this.size+e>this.values.length)this.ensureCapacity(Math.max(this.size+e,this.values.length*2));return this.codes?{kind:"codes",size:this.size,values:this.values,codes:this.codes}:{kind:"numbers",size:this.size,values:this.values}}advanceDirect(e,t,n,r){this.size+=e;this.numberCount+=t;if(this.mode==="infer")this.strayCount+=n;if(r&&t>0)this.onGrid(r.fraction,r.low,r.high)}countDirect(e,t,n,r,i){this.counter.addRun(e,t,t+n,r,i.fraction,i.low,i.high);this.countedMissing+=n-r;this.advanceDirect(n,r,0,i);if(this.counter.declined)this.materialize()}materialize(){const e=this.counter;if(!e)return;this.counter=undefined;const t=new Float64Array(Math.max(1024,this.expected,this.size));const n=e.values();t.set(n);t.fill(Number.NaN,n.length,this.size);this.values=t}countedRow(e){if(e<this.size)return false;this.countedMissing+=e-this.size;this.size=e+1;return true}onGrid(e,t,n){if(this.decimals<0)return;if(e>this.decimals)this.decimals=e;if(t<this.gridLow)this.gridLow=t;if(n>this.gridHigh)this.gridHigh=n}offGrid(){this.decimals=-1;this.materialize()}cachedText(e){return this.textCache.get(e)}setMissing(e){if(this.counter){if(this.countedRow(e)){this.countedMissing++;return}this.materialize()}this.reserve(e);this.values[e]=Number.NaN;if(this.codes)this.codes[e]=le}pushDecimal(e,t,n){this.onGrid(n,t,t);if(this.counter){if(e>=this.size){this.counter.add(t,n);this.countedRow(e);this.numberCount++;if(this.counter.declined)this.materialize();return}this.materialize()}this.pushNumber(e,t,true)}pushNumber(e,t,n=false){if(!n)this.offGrid();if(e===this.size&&e<this.values.length&&this.codes===undefined){this.values[e]=t;this.size++;this.numberCount++;return}this.setNumber(e,t,undefined,n)}setNumber(e,t,n,r=false){if(Number.isNaN(t))return this.setMissing(e);if(!r)this.offGrid();if(this.mode==="categorical"){this.setText(e,String(t),n);return}this.reserve(e);this.numberCount++;this.values[e]=t;if(this.codes){this.codes[e]=ce;this.numbersAmongCodes=true}}setBytes(e,t,n,r,i){if(n===r)return this.setMissing(e);if(this.mode!=="categorical"){const i=parseDecimalBytes(t,n,r);if(i!==undefined){const s=Number.isNaN(i)?Number(ue.decode(t.subarray(n,r))):i;return this.setNumber(e,s,undefined)}}const s=fieldHash(t,n,r);const o=this.recent[s&ae];const a=o&&o.hash===s?o:this.textCache.get(s);if(a&&sameBytes(a.bytes,t,n,r)){if(a!==o)this.recent[s&ae]=a;if(a.code===le)return this.setMissing(e);if(this.mode==="infer")this.strayCount++;this.materialize();this.reserve(e);this.values[e]=Number.NaN;this.codes[e]=a.code;return}const f=this.setText(e,decodeField(t,n,r,i.origin()),i);if(!a&&f!==ce&&this.textCache.size<fe){this.textCache.set(s,{bytes:new Uint8Array(t.subarray(n,r)),code:f,hash:s})}}setText(e,t,n){const r=this.dictionary.get(t);if(r!==undefined&&this.codes){if(this.mode==="infer")this.strayCount++;this.reserve(e);this.values[e]=Number.NaN;this.codes[e]=r;return r}if(isMissingToken(t)){this.setMissing(e);return le}if(this.mode!=="categorical"){const r=parseNumberText(t);if(r!==undefined){this.setNumber(e,r,undefined);return ce}const s=n&&"origin"in n&&typeof n.origin==="function"?n.origin():n;if(this.mode==="numeric"){throw new i.yo(`${s?`${s.file}:${s.line}: `:""}column '${this.name}' is listed in numerical-columns but holds the text ${JSON.stringify(t)}.`,{location:s??{},hint:`Fix the value, or remove '${this.name}' from numerical-columns.`})}this.strayCount++;if(!this.firstStray&&s)this.firstStray={text:t,origin:s}}this.materialize();this.reserve(e);if(!this.codes)this.allocateCodes();let s=this.dictionary.get(t);if(s===undefined){s=this.levels.length;this.dictionary.set(t,s);this.levels.push(t)}this.values[e]=Number.NaN;this.codes[e]=s;return s}allocateCodes(){const e=new Int32Array(this.values.length);for(let t=0;t<this.size;t++)e[t]=Number.isNaN(this.values[t])?le:ce;this.codes=e;this.numbersAmongCodes=this.numberCount>0}finish(e,t,n,r=false){while(this.size<e)this.setMissing(this.size);const i=this.counted();if(i)return i;const s=this.values.subarray(0,e);const o=this.codes?.subarray(0,e);const a=this.numberCount+this.strayCount;const f=this.firstStray?` (first ${JSON.stringify(this.firstStray.text)} at ${this.firstStray.origin.file}:${this.firstStray.origin.line})`:"";if(this.mode!=="categorical"&&(this.strayCount===0||this.strayCount<=t*a)){if(this.strayCount>0){n.push(`Column '${this.name}' is numeric but ${this.strayCount} of its ${a} values are not numbers${f}; they were treated as missing. List the column in categorical-columns to treat it as categories instead.`)}if(o)for(let t=0;t<e;t++)if(o[t]!==ce)s[t]=Number.NaN;const t=this.values.length-e;const i=r?undefined:e-this.numberCount;const c=numericColumn(this.name,t*16<=this.values.length?s:s.slice(),i);if(this.decimals<0||this.gridLow>this.gridHigh)return c;return{...c,grid:{decimals:this.decimals,low:this.gridLow,high:this.gridHigh}}}if(this.mode==="infer"&&this.numberCount>0&&this.numberCount>=this.strayCount){n.push(`Column '${this.name}' is treated as categorical although ${this.numberCount} of its ${a} values are numbers, because ${this.strayCount} are not${f}. List it in numerical-columns to force numbers (the texts would then be an error).`)}return this.categorical(s,o??new Int32Array(e).fill(le),r)}counted(){const e=this.counter;if(!e)return undefined;const t=e.grid();if(t&&t.n>0&&t.counts.length<=t.n*f){return{name:this.name,kind:"numeric",counts:t,missing:this.countedMissing}}this.materialize();return undefined}categorical(e,t,n){if(!n&&!this.numbersAmongCodes){const{counts:e,missing:n}=tallyCodes(t,this.levels.length);return{name:this.name,kind:"categorical",codes:t,levels:[...this.levels],levelCounts:e,missing:n}}for(let n=0;n<t.length;n++){if(t[n]!==ce)continue;const r=String(e[n]);let i=this.dictionary.get(r);if(i===undefined){i=this.levels.length;this.dictionary.set(r,i);this.levels.push(r)}t[n]=i}const r=new Int32Array(this.levels.length).fill(-1);const i=[];const s=new Int32Array(t.length);for(let e=0;e<t.length;e++){const n=t[e];if(n<0){s[e]=le;continue}let o=r[n];if(o===-1){o=i.length;r[n]=o;i.push(this.levels[n])}s[e]=o}const{counts:o,missing:a}=tallyCodes(s,i.length);return{name:this.name,kind:"categorical",codes:s,levels:i,levelCounts:o,missing:a}}}function numericColumn(e,t,n){let r=n??0;if(n===undefined)for(let e=0;e<t.length;e++)if(Number.isNaN(t[e]))r++;return{name:e,kind:"numeric",values:t,missing:r}}const he="AGFzbQEAAAABGwRgAAF/YAV/f39/fwF/YAN/f38Bf2ACf38BfwMREAIBAwAAAAAAAAABAAAAAAAFAwEAAQaEARp/AUGACAt/AUEAC38BQQALfwFBLAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUF/C38BQQALfwFBAAt/AUEACwfPARAGbGF5b3V0AAoMa2luZHNBZGRyZXNzAAsObWlzc2luZ0FkZHJlc3MABBBmcmFjdGlvbnNBZGRyZXNzAA0LbG93c0FkZHJlc3MACQxoaWdoc0FkZHJlc3MADA5udW1iZXJzQWRkcmVzcwADDGNvZGVzQWRkcmVzcwAPA2VuZAAOC21pc3NlZEZpZWxkAAcKbWlzc2VkSGFzaAAGC21pc3NlZFN0YXJ0AAUJbWlzc2VkRW5kAAgIcmVnaXN0ZXIAAQNydW4AAAZtZW1vcnkCAAqSGBDSAQEEfwNAIAMjAUgEQCADQQJ0IgQjCGpBADYCACMLIARqQQA2AgAgA0EDdCIEIwxqRAAAAAAAAPB/OQMAIw0gBGpEAAAAAAAA8P85AwAgA0EBaiEDDAELC0F/JBYDQCAAIAFMIAIgBUpxBEACQEEAIQRBACQKIAAgBRACIgNBAE4EQANAIAQjCkgEQCMIIwkgBEECdGooAgBBAnRqIgYgBigCAEEBajYCACAEQQFqIQQMAQsLCyADQQBIDQAgAyEAIAVBAWohBQwCCwsLIAAkFSAFC48BAQN/IxIjEyADakkEQEEADwsgASMAQQFrcSEGA0AgByMAQQF2SQRAIw4gACMAbCAGakEEdGoiBSgCBEUEQCMTIxQgAmogA/wKAAAgBSABNgIAIAUgA0EBajYCBCAFIxM2AgggBSAENgIMIxMgA2okE0EBDwsgBkEBaiMAQQFrcSEGIAdBAWohBwwBCwtBAAuzEgMRfwN+AXwjAyEJAkAjFCAAai0AACICQQ1GIAJBCkZyDQAjAUEBayEKA0AgBiAKTARAIAYjAmwgAWohCAJ/IwcgBmotAAAiC0EBRgRAQQAhBSAAQQFqIAAgACMUIgdqLQAAQS1GIgwbIgMgB2opAwAiE0L//v379+/fv/8Ag0LGjJmy5MiRo8YAfCATQoCBgoSIkKDAgH+EQrDgwIGDhoyYMH1Cf4WEIBOEQoCBgoSIkKDAgH+DIhR6QgOIpyIEQQhJBH8gByADIARqai0AAEEuRwVBAAsEQCAEIgIEfiATQrDgwIGDhoyYMIVCCCACrH1CA4aGIhNCCn4gE0IIiHwiE0L/gYCA8B+DQuSAgICAyNAHfiATQhCIQv+BgIDwH4NCgYCAgIDiCX58QiCIBUIACyETIAIgA2ohAwUgFCAUQgF9gyEUIARBCEkEfyAUQgBSBH9BAQUgByADQQhqai0AAEEwa0EKTwsFQQALBEAgFHpCA4inIg1BAWsiAiAEayEFQgEgBKxCA4aGQgF9IhQgE4MgFEJ/hSATQgiIg4QhEyACBH4gE0Kw4MCBg4aMmDCFQgggAqx9QgOGhiITQgp+IBNCCIh8IhNC/4GAgPAfg0LkgICAgMjQB34gE0IQiEL/gYCA8B+DQoGAgICA4gl+fEIgiAVCAAshEyADIA1qIQMFIAMiAiMUaikDACITQv/+/fv379+//wCDQsaMmbLkyJGjxgB8IBNCgIGChIiQoMCAf4RCsODAgYOGjJgwfUJ/hYQgE4RCgIGChIiQoMCAf4N6QgOIpyIEBH4gE0Kw4MCBg4aMmDCFQgggBKx9QgOGhiITQgp+IBNCCIh8IhNC/4GAgPAfg0LkgICAgMjQB34gE0IQiEL/gYCA8B+DQoGAgICA4gl+fEIgiAVCAAshEyACIARqIQMDQCAEQQhGBEAjFCADaikDACIUQv/+/fv379+//wCDQsaMmbLkyJGjxgB8IBRCgIGChIiQoMCAf4RCsODAgYOGjJgwfUJ/hYQgFIRCgIGChIiQoMCAf4N6QgOIpyIEBH4gFEKw4MCBg4aMmDCFQgggBKx9QgOGhiIUQgp+IBRCCIh8IhRC/4GAgPAfg0LkgICAgMjQB34gFEIQiEL/gYCA8B+DQoGAgICA4gl+fEIgiAVCAAsgEyMFIARBA3RqKQMAfnwhEyADIARqIQMMAQsLIAMgAmshAiMUIANqLQAAQS5GBEAgA0EBaiIDIQVBCCEEA0AgBEEIRgRAIxQgA2opAwAiFEL//v379+/fv/8Ag0LGjJmy5MiRo8YAfCAUQoCBgoSIkKDAgH+EQrDgwIGDhoyYMH1Cf4WEIBSEQoCBgoSIkKDAgH+DekIDiKciBAR+IBRCsODAgYOGjJgwhUIIIASsfUIDhoYiFEIKfiAUQgiIfCIUQv+BgIDwH4NC5ICAgIDI0Ad+IBRCEIhC/4GAgPAfg0KBgICAgOIJfnxCIIgFQgALIBMjBSAEQQN0aikDAH58IRMgAyAEaiEDDAELCyADIAVrIgUgAmohAgsLCwJ/QX8jBiADIAdqLQAAai0AAEUNABogAkEBa0EPTwRAQX8gACADRw0BGiMPIAhBA3RqRAAAAAAAAPh/OQMAIwkjCkECdGogBjYCACMKQQFqJAogAwwBCyATuSEWIAUEQCAWIwQgBUEDdGorAwCjIRYgBSMLIAZBAnRqIgIoAgBKBEAgAiAFNgIACwsjDyAIQQN0aiAWmiAWIAwbIhY5AwAgBkEDdCICIw1qIQQgFiMMIAJqIgIrAwBjBEAgAiAWOQMACyAWIAQrAwBkBEAgBCAWOQMACyADCyICQQBOBEAgBiAKSARAIAkjFCACai0AAEcNBiACQQFqDAMLIxQgAmotAAAiAEEKRgR/IAJBAWoFIAJBAmpBfyAAQQ1GBH8jFCACQQFqai0AAEEKRgVBAAsbCw8LCyAAIgMjFGotAABBIkYEQCADQQFqIgAhAwNAIxQgAGotAAAiAkENRyACQQpHIAJBIkdxcQRAIABBAWohAAwBCwsgAkEiRw0EIAAiBEEBaiIAIxRqLQAAIgdBIkYNBAUgCa1CgYKEiJCgwIABfiEUA0AgACAUIxQgAGopAwAiFYUiE0KBgoSIkKDAgAF9IBNCf4WDIBVCipSo0KDBgoUKhSITQoGChIiQoMCAAX0gE0J/hYOEQoCBgoSIkKDAgH+DIhN6QgOIp2ohBCATUARAIABBCGohAAwBCwsgBCIAIxRqLQAAIgdBCkYgAyAESHEEfyMUIARBAWtqLQAAQQ1GBUEACwRAQQ0hByAEQQFrIgQhAAsLIAsEQEF/IQIgAyAERwRAIAQgA2siEaxClfip+pe33puef34hEyADIQIDQCACQQhqIgUgBEgEQCATIxQgAmopAwCFQpX4qfqXt96bnn9+IhMgE0IdiIUhEyAFIQIMAQsLIAIgBEgEQCAEIAJrIgVBCEYEfiMUIAJqKQMABSMUIAJqKQMAQgEgBaxCA4aGQgF9gwsgE4VClfip+pe33puef34hEwsgE0IgiCAThadB/////wNxIg4jAEEBa3EhDEEAIQ0CfwNAIA0jAEkEQEF+Iw4gBiMAbCAMakEEdGoiEigCBCICRQ0CGiACIBFBAWpGIBIoAgAgDkZxBH8gEigCCCEPIxQgA2ohEEEAIQUCfwNAIAVBCGoiAiARTARAQQAgBSAPaikDACAFIBBqKQMAUg0CGiACIQUMAQsLIAUgEUYEfkIABUIBIBEgBWusQgOGhkIBfSAFIA9qKQMAIAUgEGopAwCFgwtQCwVBAAsEQCASKAIMDAMLIAxBAWojAEEBa3EhDCANQQFqIQ0MAQsLQX4LIgJBfkYEQCAGJBYgDiQXIAMkGCAEJBkMBgsgC0EBRiACQX9HcQ0FCyMPIAhBA3RqRAAAAAAAAPh/OQMAIAtBAUcEQCMQIAhBAnRqIAI2AgALIAJBf0YEQCMJIwpBAnRqIAY2AgAjCkEBaiQKCwsgBiAKSAR/IAcgCUcNBCAAQQFqBSMUIABqLQAAIgFBCkYEfyAAQQFqBSAAQQJqQX8gAUENRgR/IxQgAEEBamotAABBCkYFQQALGwsPCwshACAGQQFqIQYMAQsLQX8PC0F/CwQAIw8LBAAjCAsEACMYCwQAIxcLBAAjFgsEACMZCwQAIwwLuQIDAXwBfgF/IAAkASAEJAAgASQCIAIkA0GACCQEQYAJJAVBgAokBkGADCQHIABBD2pBcHFBgAxqIgQkCCAAQQJ0IgcgBGoiBCQJIAQgB2oiBCQLIAQgB2pBD2pBcHEiBCQMIAQgAEEDdCIEaiIHJA0gBCAHaiIEJA4gBCAAIwBsQQR0aiIEJA8gBCAAIAFsIgBBA3RqIgEkECABIABBAnRqIgAkESAAIANqIgAkEiMRJBMgAEEPakFwcSQUQYAKQQBBgAL8CwAgAkGACmpBAToAAEGKCkEBOgAAQY0KQQE6AABEAAAAAAAA8D8hBUIBIQZBACEAA0AgAEEQSARAIABBA3QiASMEaiAFOQMAIwUgAWogBjcDACAFRAAAAAAAACRAoiEFIAZCCn4hBiAAQQFqIQAMAQsLIxQLBAAjBwsEACMNCwQAIwsLBAAjFQsEACMQCw==";const pe=4096;const me=1<<21;const ve=1024;const ge=1<<16;const Ae=1<<20;const we=65536;const ye=0;const be=1;const Ie=2;const xe=globalThis.WebAssembly;let Ee;function scanModule(){Ee??=new xe.Module(Buffer.from(he,"base64"));return Ee}class BatchScanner{sinks;table;rows=0;scan;n;input;kinds;runRows;constructor(e,t,n){this.sinks=e;this.table=n;this.n=e.length;this.scan=new xe.Instance(scanModule(),{}).exports;this.runRows=Math.max(16,Math.min(pe,Math.floor(me/Math.max(1,this.n))));const r=Math.max(64,Math.min(ve,2**Math.floor(Math.log2(ge/Math.max(1,this.n)))));this.input=this.scan.layout(this.n,this.runRows,t,Ae,r);this.reserve(0);this.kinds=new Uint8Array(this.n)}chunkBuffer(e){this.reserve(e);return Buffer.from(this.scan.memory.buffer,this.input,e)}load(e){if(e.buffer===this.scan.memory.buffer&&e.byteOffset===this.input)return;this.reserve(e.length);new Uint8Array(this.scan.memory.buffer,this.input,e.length).set(e)}run(e,t,n){this.rows=0;let r=Math.min(this.runRows,this.table.sequentialRoom());if(r<=0||!this.prepare(r))return t;for(let i=0;;i++){const s=this.scan.run(t,n,r);this.commit(s);t=this.scan.end();r-=s;if(r<=0||t>n||i>=16||!this.learnMissedText(e))return t;this.prepare(r)}}reserve(e){const t=this.input+e+64;const n=this.scan.memory.buffer.byteLength;if(t>n)this.scan.memory.grow(Math.ceil((t-n)/we))}prepare(e){const t=this.table.rowsSeen;for(let n=0;n<this.n;n++){const r=this.sinks[n];if(!r){this.kinds[n]=ye;continue}const i=r.directTarget(e);if(i.size!==t)return false;this.kinds[n]=i.kind==="codes"?Ie:be}new Uint8Array(this.scan.memory.buffer,this.scan.kindsAddress(),this.n).set(this.kinds);return true}commit(e){if(e===0)return;const t=this.scan.memory.buffer;const n=new Float64Array(t,this.scan.numbersAddress(),this.n*this.runRows);const r=new Int32Array(t,this.scan.codesAddress(),this.n*this.runRows);const i=new Int32Array(t,this.scan.missingAddress(),this.n);const s=new Int32Array(t,this.scan.fractionsAddress(),this.n);const o=new Float64Array(t,this.scan.lowsAddress(),this.n);const a=new Float64Array(t,this.scan.highsAddress(),this.n);const f=this.table.rowsSeen;for(let t=0;t<this.n;t++){const c=this.sinks[t];if(!c)continue;const l=c.directTarget(e);const u=t*this.runRows;const d=e-i[t];const h={fraction:s[t],low:o[t],high:a[t]};if(l.kind==="counts"){c.countDirect(n,u,e,d,h);continue}if(l.kind==="codes"){l.codes.set(r.subarray(u,u+e),f);c.advanceDirect(e,0,d)}else{l.values.set(n.subarray(u,u+e),f);c.advanceDirect(e,d,0,h)}}this.table.takeRows(e);this.rows+=e}learnMissedText(e){const t=this.scan.missedField();if(t<0)return false;const n=this.scan.missedHash();const r=this.scan.missedStart();const i=this.scan.missedEnd();const s=this.sinks[t]?.cachedText(fieldHash(e,r,i));if(!s||s.bytes.length!==i-r)return false;for(let t=0;t<s.bytes.length;t++)if(s.bytes[t]!==e[r+t])return false;return this.scan.register(t,n,r,i-r,s.code)===1}}const Be=34;const Ce=10;const Se=13;const Ne=Array.from({length:16},(e,t)=>10**t);class RowScanner{numeric;delimiter;values;fractions;isNumber;starts;ends;constructor(e,t){this.numeric=e;this.delimiter=t;const n=e.length;this.values=new Float64Array(n);this.fractions=new Int32Array(n);this.isNumber=new Uint8Array(n);this.starts=new Int32Array(n);this.ends=new Int32Array(n)}scan(e,t){const n=this.numeric;const r=this.values;const i=this.isNumber;const s=this.starts;const o=this.ends;const a=n.length;const f=this.delimiter;const c=e[t];if(c===Ce||c===Se)return-1;for(let c=0;c<a;c++){let l=t;let u=-1;i[c]=0;if(n[c]===1){let n=t;let s=false;if(e[n]===45){s=true;n++}const o=n;let a=0;let l;while((l=e[n]-48)>>>0<10){a=a*10+l;n++}let d=n-o;let h=0;if(e[n]===46){n++;const t=n;while((l=e[n]-48)>>>0<10){a=a*10+l;n++}h=n-t;d+=h}const p=e[n];if(d>0&&d<=15&&(p===f||p===Ce||p===Se)){const e=h===0?a:a/Ne[h];r[c]=s?-e:e;this.fractions[c]=h;i[c]=1;u=n;t=n}}if(u<0){if(e[t]===Be){let n=t+1;let r;while((r=e[n])!==Be&&r!==Ce&&r!==Se)n++;if(r!==Be)return-1;l=t+1;u=n;t=n+1;if(e[t]===Be)return-1}else{let n=t;let r;while((r=e[n])!==f&&r!==Ce)n++;u=r===Ce&&n>t&&e[n-1]===Se?n-1:n;t=u}}s[c]=l;o[c]=u;const d=e[t];if(c<a-1){if(d!==f)return-1;t++}else if(d===Ce){return t+1}else if(d===Se){return e[t+1]===Ce?t+2:-1}else{return-1}}return-1}}const Te=34;const Qe=10;const Me=13;async function readDelimited(e,t,n,r,s){let o;let a=[];let f=[];let c;let l=1;let u=1;let d=0;let h=-1;let p=0;let m=true;let v=false;const origin=e=>({file:t,line:u,column:e+1});const fail=(e,n,r)=>{throw new i.yo(`${t}:${u}: ${e}`,{location:origin(n),...r?{hint:r}:{}})};const emit=(e,t,n,i)=>{if(!o){let r=decodeField(e,t,n,origin(d));if(i)r=r.replaceAll('""','"');g.push(r.trim());return}if(d===0)h=r.nextSlot();if(d>=o.length)tooManyFields();if(h<0)return;const s=a[d];if(!s)return;if(i){const r=decodeField(e,t,n,origin(d)).replaceAll('""','"');s.setText(h,r,f[d])}else{s.setBytes(h,e,t,n,f[d])}};const g=[];let A=[];let w;let b;let I;let x=0;let E=0;let B=0;let C=0;const commitRow=e=>{const t=r.nextSlot();if(t<0)return;const{values:n,fractions:i,isNumber:s,starts:o,ends:c}=w;for(let r=0;r<a.length;r++){const l=a[r];if(!l)continue;if(s[r]===1)l.pushDecimal(t,n[r],i[r]);else{d=r;l.setBytes(t,e,o[r],c[r],f[r])}}d=0};const tooManyFields=()=>fail(`row has more than the ${o.length} fields of the header.`,d,"Quote fields that contain the delimiter.");const endRow=()=>{if(!o){o=g.slice();checkHeader(o,t);a=o.map(e=>r.column(e));A=a.map(e=>e&&e.mode!=="categorical"?e:undefined);w=new RowScanner(Uint8Array.from(A,e=>e?1:0),n);f=o.map((e,t)=>({origin:()=>origin(t)}));const i=new BatchScanner(a,n,r);b=i;e.readInto?.(e=>i.chunkBuffer(e))}else{if(d!==o.length-1){fail(`row has ${d+1} field(s) but the header has ${o.length}.`,d,"Every row needs as many fields as the header.")}p++}d=0;u=l};const parse=(e,t)=>{let i=0;const s=e.length;if(m){m=false;if(s>=3&&e[0]===239&&e[1]===187&&e[2]===191)i=3}if(v){v=false;if(e[i]===Qe)i++}const a=e.lastIndexOf(Qe);while(i<s){if(d===0&&b&&i<=a&&(E<64||E*4<x)){if(I!==e){b.load(e);I=e}const t=b.run(e,i,a);const n=b.rows;x++;if(n>0){i=t;l+=n;p+=n;u=l;continue}else{E++}}if(d===0&&w&&i<=a&&(C<64||C<B)){const t=w.scan(e,i);if(t>=0){B++;commitRow(e);i=t;l++;p++;u=l;continue}C++}const f=i;let c=false;if(e[i]===Te){let r=i+1;let o=-1;for(;;){const n=e.indexOf(Te,r);if(n===-1||n+1>=s&&!t)break;if(e[n+1]===Te){c=true;r=n+2;continue}o=n;break}if(o===-1){if(t)fail("a quoted field is never closed (unterminated quote).",d,'Close the quote or escape quotes inside a field by doubling them ("").');return e.subarray(f)}const a=e[o+1];if(o+1<s&&a!==n&&a!==Qe&&a!==Me){fail("unexpected text after a closing quote.",d,'Escape quotes inside a quoted field by doubling them ("").')}emit(e,i+1,o,c);for(let t=i+1;t<o;t++)if(e[t]===Qe)l++;i=o+1}else{if(o&&A[d]){const a=scanPlainDecimal(e,i,s);if(a>0){const f=e[a];if(f===n||f===Qe){if(d===0)h=r.nextSlot();if(h>=0)A[d].pushDecimal(h,ke,Re);i=a;if(f===n){d++;i++;if(d>=o.length)tooManyFields();if(i>=s&&t){emit(e,i,i,false);endRow()}}else{i++;l++;endRow()}continue}}}let a=i;while(a<s){const t=e[a];if(t===n||t===Qe)break;a++}if(a===s&&!t)return e.subarray(f);let c=a;if(a>i&&e[a-1]===Me&&(a===s||e[a]===Qe))c=a-1;if(d===0&&c===i&&a!==s&&e[a]!==n){i=a+1;l++;u=l;continue}if(d===0&&c===i&&a===s)return undefined;emit(e,i,c,false);i=a}if(i>=s){endRow();return undefined}const m=e[i];if(m===n){d++;i++;if(i>=s&&t){emit(e,i,i,false);endRow()}}else if(m===Me){i++;l++;endRow();if(i>=s)v=true;else if(e[i]===Qe)i++}else{i++;l++;endRow()}}return undefined};let S=0;let N=false;try{for(let t=await e.next(c);t;t=await e.next(c)){S+=t.length-(c?.length??0);c=parse(t,false);if(!N&&s!==undefined&&p>=1e3){N=true;const e=(S-(c?.length??0))/p;r.expectRows((s-S)/e*1.02+1)}}}finally{await e.close()}if(c&&c.length>0)parse(c,true);else if(d>0){emit(Buffer.alloc(0),0,0,false);endRow()}if(!o)throw new i.yo(`${t} is empty: it has no header row.`,{location:{file:t}});if(p===0)throw new i.yo(`${t} has a header but no data rows.`,{location:{file:t,line:1}});return{header:o,rows:p}}function checkHeader(e,t){const n=new Map;e.forEach((e,r)=>{if(e===""){throw new i.yo(`${t}:1: column ${r+1} of the header has no name.`,{location:{file:t,line:1,column:r+1}})}const s=n.get(e);if(s!==undefined){throw new i.yo(`${t}:1: column name '${e}' appears twice (columns ${s+1} and ${r+1}).`,{location:{file:t,line:1,column:r+1}})}n.set(e,r)})}const Fe=Array.from({length:16},(e,t)=>10**t);let ke=0;let Re=0;function scanPlainDecimal(e,t,n){let r=t;let i=false;if(e[r]===45){i=true;r++}const s=r;let o=0;let a;while(r<n&&(a=e[r]-48)>=0&&a<=9){o=o*10+a;r++}let f=r-s;let c=0;if(r<n&&e[r]===46){r++;const t=r;while(r<n&&(a=e[r]-48)>=0&&a<=9){o=o*10+a;r++}c=r-t;f+=c}if(f===0||f>15||r>=n)return-1;const l=c===0?o:o/Fe[c];ke=i?-l:l;Re=c;return r}const Ue=/[*?[{]/;async function expandPaths(e,t=process.cwd()){const n=typeof e==="string"?[e]:e;const r=new Set;for(const e of n){const n=e.trim();if(n==="")continue;if(!Ue.test(n)){const e=K().resolve(t,n);const s=await(0,Y.stat)(e).catch(()=>undefined);if(!s)throw new i.yo(`Data file not found: ${n} (looked at ${e}).`,{location:{file:n}});if(!s.isFile())throw new i.yo(`${n} is not a file.`,{location:{file:n}});r.add(e);continue}const s=await expandGlob(K().resolve(t,n));if(s.length===0)throw new i.yo(`No file matches the pattern ${n}.`,{location:{file:n}});for(const e of s)r.add(e)}if(r.size===0)throw new i.yo("No data file was given.");return[...r].sort()}async function expandGlob(e){const{root:t}=K().parse(e);const n=e.slice(t.length).split(/[\\/]+/).filter(e=>e!=="");const r=[];while(n.length>0&&!Ue.test(n[0]))r.push(n.shift());const i=K().join(t,...r);const s=[];await walk(i,n.map(segmentMatcher),s);return s}function segmentMatcher(e){if(e==="**")return{any:true};return{any:false,regex:globToRegex(e),dot:e.startsWith(".")}}async function walk(e,t,n){const[r,...i]=t;if(!r){const t=await(0,Y.stat)(e).catch(()=>undefined);if(t?.isFile())n.push(e);return}const s=await(0,Y.readdir)(e,{withFileTypes:true}).catch(()=>[]);if(r.any){await walk(e,i,n);for(const r of s){if(r.name.startsWith(".")||!r.isDirectory())continue;await walk(K().join(e,r.name),t,n)}return}for(const t of s){if(t.name.startsWith(".")&&!r.dot)continue;if(!r.regex.test(t.name))continue;const s=K().join(e,t.name);if(i.length===0){if(t.isFile()||t.isSymbolicLink()&&(await(0,Y.stat)(s).catch(()=>undefined))?.isFile())n.push(s)}else if(t.isDirectory()||t.isSymbolicLink()){await walk(s,i,n)}}}function globToRegex(e){let t="";for(let n=0;n<e.length;n++){const r=e[n];if(r==="*")t+="[^/]*";else if(r==="?")t+="[^/]";else if(r==="["){const r=e.indexOf("]",n+1);if(r===-1)t+="\\[";else{let i=e.slice(n+1,r);if(i.startsWith("!"))i=`^${i.slice(1)}`;t+=`[${i.replace(/\\/g,"\\\\")}]`;n=r}}else if(r==="{"){const r=e.indexOf("}",n+1);if(r===-1)t+="\\{";else{const i=e.slice(n+1,r).split(",").map(e=>e.replace(/[.+^$()|\\]/g,"\\$&").replace(/\*/g,"[^/]*").replace(/\?/g,"[^/]"));t+=`(?:${i.join("|")})`;n=r}}else t+=r.replace(/[.+^$()|\\\]}]/g,"\\$&")}return new RegExp(`^${t}$`)}const Le=10;const Pe=new TextDecoder("utf-8",{fatal:true});async function readJsonLines(e,t,n){let r;let s=0;let o=0;const a=[];const f=new Set;let c=0;const l=new Map;const handle=(e,r,u)=>{s++;if(u>r&&e[u-1]===13)u--;let d;try{d=Pe.decode(e.subarray(r,u))}catch{throw new i.yo(`${t}:${s}: the line holds bytes that are not valid UTF-8.`,{location:{file:t,line:s}})}if(s===1&&d.charCodeAt(0)===65279)d=d.slice(1);if(d.trim()==="")return;let h;try{h=JSON.parse(d)}catch(e){const n=/position (\d+)/.exec(String(e))?.[1];const r=n===undefined?undefined:Number(n)+1;throw new i.yo(`${t}:${s}: not valid JSON${r?` (column ${r})`:""}: ${e.message}`,{location:{file:t,line:s,...r?{column:r}:{}}})}if(h===null||typeof h!=="object"||Array.isArray(h)){throw new i.yo(`${t}:${s}: each line of a JSON Lines file must be an object ({"column": value, ...}).`,{location:{file:t,line:s,column:1}})}o++;const p=n.nextSlot();if(p<0)return;c++;const m={file:t,line:s,column:1};for(const[e,t]of Object.entries(h)){const r=n.column(e);if(!r)continue;if(!f.has(e)){f.add(e);a.push(r)}l.set(r,c);setValue(r,p,t,m)}for(const e of a)if(l.get(e)!==c)e.setMissing(p)};const parse=(e,t)=>{let n=0;for(;;){const r=e.indexOf(Le,n);if(r===-1){if(t){if(n<e.length)handle(e,n,e.length);return undefined}return e.subarray(n)}handle(e,n,r);n=r+1}};for await(const t of e){r=parse(r&&r.length>0?Buffer.concat([r,t]):t,false)}if(r&&r.length>0)parse(r,true);if(s===0||o===0)throw new i.yo(`${t} is empty: it has no JSON rows.`,{location:{file:t}});return{rows:o}}function setValue(e,t,n,r){if(n===null||n===undefined)e.setMissing(t);else if(typeof n==="number")e.setNumber(t,n,r);else if(typeof n==="string")e.setText(t,n,r);else if(typeof n==="boolean")e.setText(t,String(n),r);else e.setText(t,JSON.stringify(n),r)}const De=e(import.meta.url)("fs");async function asyncBufferFromFile(e){const{size:t}=await De.promises.stat(e);return{byteLength:t,slice(t,n){if(t===n)return Promise.resolve(new ArrayBuffer(0));const r=(0,De.createReadStream)(e,{start:t,end:n===undefined?undefined:n-1});return new Promise((e,t)=>{const n=[];r.on("data",e=>n.push(e));r.on("error",t);r.on("end",()=>{const t=Buffer.concat(n);if(t.byteOffset===0&&t.byteLength===t.buffer.byteLength){e(t.buffer)}else{e(t.buffer.slice(t.byteOffset,t.byteOffset+t.byteLength))}})})}}}const qe=["BOOLEAN","INT32","INT64","INT96","FLOAT","DOUBLE","BYTE_ARRAY","FIXED_LEN_BYTE_ARRAY"];const Ge=["PLAIN","GROUP_VAR_INT","PLAIN_DICTIONARY","RLE","BIT_PACKED","DELTA_BINARY_PACKED","DELTA_LENGTH_BYTE_ARRAY","DELTA_BYTE_ARRAY","RLE_DICTIONARY","BYTE_STREAM_SPLIT"];const Oe=["REQUIRED","OPTIONAL","REPEATED"];const Ve=["UTF8","MAP","MAP_KEY_VALUE","LIST","ENUM","DECIMAL","DATE","TIME_MILLIS","TIME_MICROS","TIMESTAMP_MILLIS","TIMESTAMP_MICROS","UINT_8","UINT_16","UINT_32","UINT_64","INT_8","INT_16","INT_32","INT_64","JSON","BSON","INTERVAL"];const He=["UNCOMPRESSED","SNAPPY","GZIP","LZO","BROTLI","LZ4","ZSTD","LZ4_RAW"];const ze=["DATA_PAGE","INDEX_PAGE","DICTIONARY_PAGE","DATA_PAGE_V2"];const Ye=["UNORDERED","ASCENDING","DESCENDING"];const We=["SPHERICAL","VINCENTY","THOMAS","ANDOYER","KARNEY"];function wkbToGeojson(e){const t=getFlags(e);if(t.type===1){return{type:"Point",coordinates:readPosition(e,t)}}else if(t.type===2){return{type:"LineString",coordinates:readLine(e,t)}}else if(t.type===3){return{type:"Polygon",coordinates:readPolygon(e,t)}}else if(t.type===4){const n=[];for(let r=0;r<t.count;r++){n.push(readPosition(e,getFlags(e)))}return{type:"MultiPoint",coordinates:n}}else if(t.type===5){const n=[];for(let r=0;r<t.count;r++){n.push(readLine(e,getFlags(e)))}return{type:"MultiLineString",coordinates:n}}else if(t.type===6){const n=[];for(let r=0;r<t.count;r++){n.push(readPolygon(e,getFlags(e)))}return{type:"MultiPolygon",coordinates:n}}else if(t.type===7){const n=[];for(let r=0;r<t.count;r++){n.push(wkbToGeojson(e))}return{type:"GeometryCollection",geometries:n}}else{throw new Error(`Unsupported geometry type: ${t.type}`)}}function getFlags(e){const{view:t}=e;const n=t.getUint8(e.offset++)===1;const r=t.getUint32(e.offset,n);e.offset+=4;const i=r%1e3;const s=Math.floor(r/1e3);let o=0;if(i>1&&i<=7){o=t.getUint32(e.offset,n);e.offset+=4}let a=2;if(s)a++;if(s===3)a++;return{littleEndian:n,type:i,dim:a,count:o}}function readPosition(e,t){const n=[];for(let r=0;r<t.dim;r++){const r=e.view.getFloat64(e.offset,t.littleEndian);e.offset+=8;n.push(r)}return n}function readLine(e,t){const n=[];for(let r=0;r<t.count;r++){n.push(readPosition(e,t))}return n}function readPolygon(e,t){const{view:n}=e;const r=[];for(let i=0;i<t.count;i++){const i=n.getUint32(e.offset,t.littleEndian);e.offset+=4;r.push(readLine(e,{...t,count:i}))}return r}const je=new TextDecoder;const Ze={timestampFromMilliseconds(e){return new Date(Number(e))},timestampFromMicroseconds(e){return new Date(Number(e/1000n))},timestampFromNanoseconds(e){return new Date(Number(e/1000000n))},dateFromDays(e){return new Date(e*864e5)},stringFromBytes(e){return e&&je.decode(e)},jsonFromBytes(e){return e&&JSON.parse(je.decode(e))},geometryFromBytes(e){return e&&wkbToGeojson({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0})},geographyFromBytes(e){return e&&wkbToGeojson({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0})},uuidFromBytes(e){if(!e)return undefined;const t=Array.from(e,e=>e.toString(16).padStart(2,"0")).join("");return t.slice(0,8)+"-"+t.slice(8,12)+"-"+t.slice(12,16)+"-"+t.slice(16,20)+"-"+t.slice(20,32)}};function convertWithDictionary(e,t,n,r){if(t&&n.endsWith("_DICTIONARY")){let n=e;if(e instanceof Uint8Array&&!(t instanceof Uint8Array)){n=new t.constructor(e.length)}for(let r=0;r<e.length;r++){n[r]=t[e[r]]}return n}else{return convert(e,r)}}function convert(e,t){const{element:n,parsers:r,utf8:i=true,schemaPath:s}=t;const{type:o,converted_type:a,logical_type:f}=n;const c=n.repetition_type!=="REQUIRED";const l=s?.some(e=>e.element.logical_type?.type==="VARIANT");if(l&&o==="BYTE_ARRAY"&&a!=="UTF8"&&f?.type!=="STRING"){return e}if(a==="DECIMAL"){const t=n.scale||0;const r=10**-t;const i=new Array(e.length);for(let t=0;t<i.length;t++){if(e[t]instanceof Uint8Array){i[t]=parseDecimal(e[t])*r}else{i[t]=Number(e[t])*r}}return i}if(!a&&o==="INT96"){return Array.from(e).map(e=>r.timestampFromNanoseconds(parseInt96Nanos(e)))}if(a==="DATE"){return Array.from(e).map(e=>r.dateFromDays(e))}if(a==="TIMESTAMP_MILLIS"){return Array.from(e).map(e=>r.timestampFromMilliseconds(e))}if(a==="TIMESTAMP_MICROS"){return Array.from(e).map(e=>r.timestampFromMicroseconds(e))}if(a==="JSON"){return e.map(e=>r.jsonFromBytes(e))}if(a==="BSON"){throw new Error("parquet bson not supported")}if(a==="INTERVAL"){throw new Error("parquet interval not supported")}if(f?.type==="GEOMETRY"){return e.map(e=>r.geometryFromBytes(e))}if(f?.type==="GEOGRAPHY"){return e.map(e=>r.geographyFromBytes(e))}if(f?.type==="UUID"){return e.map(e=>r.uuidFromBytes(e))}if(a==="UTF8"||f?.type==="STRING"||i&&o==="BYTE_ARRAY"){return e.map(e=>r.stringFromBytes(e))}if(a==="UINT_64"||f?.type==="INTEGER"&&f.bitWidth===64&&!f.isSigned){if(e instanceof BigInt64Array)return new BigUint64Array(e.buffer,e.byteOffset,e.length);const t=c?new Array(e.length):new BigUint64Array(e.length);for(let n=0;n<t.length;n++)t[n]=e[n];return t}if(a==="UINT_32"||f?.type==="INTEGER"&&f.bitWidth===32&&!f.isSigned){if(e instanceof Int32Array)return new Uint32Array(e.buffer,e.byteOffset,e.length);const t=c?new Array(e.length):new Uint32Array(e.length);for(let n=0;n<t.length;n++){t[n]=e[n]<0?4294967296+e[n]:e[n]}return t}if(f?.type==="FLOAT16"){return Array.from(e).map(parseFloat16)}if(f?.type==="TIMESTAMP"){const{unit:t}=f;let n=r.timestampFromMilliseconds;if(t==="MICROS")n=r.timestampFromMicroseconds;if(t==="NANOS")n=r.timestampFromNanoseconds;const i=new Array(e.length);for(let t=0;t<i.length;t++){i[t]=n(e[t])}return i}return e}function parseDecimal(e){if(!e.length)return 0;let t=0n;for(const n of e){t=t*256n+BigInt(n)}const n=e.length*8;if(t>=2n**BigInt(n-1)){t-=2n**BigInt(n)}return Number(t)}function parseInt96Nanos(e){const t=(e>>64n)-2440588n;const n=e&0xffffffffffffffffn;return t*86400000000000n+n}function parseFloat16(e){if(!e)return undefined;const t=e[1]<<8|e[0];const n=t>>15?-1:1;const r=t>>10&31;const i=t&1023;if(r===0)return n*2**-14*(i/1024);if(r===31)return i?NaN:n*Infinity;return n*2**(r-15)*(1+i/1024)}function schemaTree(e,t,n){const r=e[t];const i=[];let s=1;if(r.num_children){while(i.length<r.num_children){const r=e[t+s];const o=schemaTree(e,t+s,[...n,r.name]);s+=o.count;i.push(o)}}return{count:s,element:r,children:i,path:n}}function getSchemaPath(e,t){return getTreePath(schemaTree(e,0,[]),t)}function getTreePath(e,t){const n=[e];for(const r of t){const i=e.children.find(e=>e.element.name===r);if(!i)throw new Error(`parquet schema element not found: ${t}`);n.push(i);e=i}return n}function getPhysicalColumns(e){const t=[];function traverse(e){if(e.children.length){for(const t of e.children){traverse(t)}}else{t.push(e.path.join("."))}}traverse(e);return t}function getMaxRepetitionLevel(e){let t=0;for(const{element:n}of e){if(n.repetition_type==="REPEATED"){t++}}return t}function getMaxDefinitionLevel(e){let t=0;for(const{element:n}of e.slice(1)){if(n.repetition_type!=="REQUIRED"){t++}}return t}function isListLike(e){if(!e)return false;if(e.element.converted_type!=="LIST")return false;if(e.children.length>1)return false;const t=e.children[0];if(t.children.length>1)return false;if(t.element.repetition_type!=="REPEATED")return false;return true}function isMapLike(e){if(!e)return false;if(e.element.converted_type!=="MAP")return false;if(e.children.length>1)return false;const t=e.children[0];if(t.children.length!==2)return false;if(t.element.repetition_type!=="REPEATED")return false;const n=t.children.find(e=>e.element.name==="key");if(n?.element.repetition_type==="REPEATED")return false;const r=t.children.find(e=>e.element.name==="value");if(r?.element.repetition_type==="REPEATED")return false;return true}function isFlatColumn(e){if(e.length!==2)return false;const[,t]=e;if(t.element.repetition_type==="REPEATED")return false;if(t.children.length)return false;return true}const Ke=0;const Je=1;const Xe=2;const _e=3;const $e=4;const et=5;const tt=6;const nt=7;const rt=8;const it=9;const st=12;function deserializeTCompactProtocol(e){const t={};let n=0;while(true){if(e.offset>=e.view.byteLength)throw new Error("thrift struct ended without STOP");const r=e.view.getUint8(e.offset++);const i=r&15;if(i===Ke)break;const s=r>>4;n=s?n+s:readZigZag(e);t[`field_${n}`]=readElement(e,i)}return t}function readElement(e,t){switch(t){case Je:return true;case Xe:return false;case _e:return e.view.getInt8(e.offset++);case $e:case et:return readZigZag(e);case tt:return readZigZagBigInt(e);case nt:{const t=e.view.getFloat64(e.offset,true);e.offset+=8;return t}case rt:{const t=readVarInt(e);if(e.offset+t>e.view.byteLength){throw new Error(`thrift binary length ${t} exceeds remaining ${e.view.byteLength-e.offset} bytes`)}const n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t;return n}case it:{const t=e.view.getUint8(e.offset++);const n=t&15;let r=t>>4;if(r===15){r=readVarInt(e)}const i=n===Je||n===Xe;const s=new Array(r);for(let t=0;t<r;t++){s[t]=i?readElement(e,_e)===1:readElement(e,n)}return s}case st:return deserializeTCompactProtocol(e);default:throw new Error(`thrift unhandled type: ${t}`)}}function readVarInt(e){let t=0;let n=0;while(true){const r=e.view.getUint8(e.offset++);t|=(r&127)<<n;if(!(r&128)){return t}n+=7}}function readVarBigInt(e){let t=0n;let n=0n;while(true){const r=e.view.getUint8(e.offset++);t|=BigInt(r&127)<<n;if(!(r&128)){return t}n+=7n}}function readZigZag(e){const t=readVarInt(e);return t>>>1^-(t&1)}function readZigZagBigInt(e){const t=readVarBigInt(e);return t>>1n^-(t&1n)}function markGeoColumns(e,t){const n=new Map;const r=t?.find(({key:e})=>e==="geo")?.value;const i=(r&&JSON.parse(r)?.columns)??{};for(const[e,t]of Object.entries(i)){if(t.encoding!=="WKB")continue;const r=t.edges==="spherical"?"GEOGRAPHY":"GEOMETRY";const i=t.crs?.id??t.crs?.ids?.[0];const s=i?`${i.authority}:${i.code.toString()}`:undefined;n.set(e,{type:r,crs:s})}for(let t=1;t<e.length;t++){const{logical_type:r,name:i,num_children:s,type:o}=e[t];if(s){t+=s;continue}if(o==="BYTE_ARRAY"&&!r){e[t].logical_type=n.get(i)}}}const ot=1<<19;const at=new TextDecoder;function decode(e){return e&&at.decode(e)}async function metadata_parquetMetadataAsync(e,{parsers:t,initialFetchSize:n=ot,geoparquet:r=true}={}){if(!e||!(e.byteLength>=0))throw new Error("parquet expected AsyncBuffer");const i=Math.max(0,e.byteLength-n);const s=await e.slice(i,e.byteLength);const o=new DataView(s);if(o.getUint32(s.byteLength-4,true)!==827474256){throw new Error("parquet file invalid (footer != PAR1)")}const a=o.getUint32(s.byteLength-8,true);if(a>e.byteLength-8){throw new Error(`parquet metadata length ${a} exceeds available buffer ${e.byteLength-8}`)}if(a+8>n){const n=e.byteLength-a-8;const o=await e.slice(n,i);const f=new ArrayBuffer(a+8);const c=new Uint8Array(f);c.set(new Uint8Array(o));c.set(new Uint8Array(s),i-n);return parquetMetadata(f,{parsers:t,geoparquet:r})}else{return parquetMetadata(s,{parsers:t,geoparquet:r})}}function parquetMetadata(e,{parsers:t,geoparquet:n=true}={}){let r;if(e instanceof ArrayBuffer){r=new DataView(e)}else if(e instanceof Uint8Array){r=new DataView(e.buffer,e.byteOffset,e.byteLength)}else{throw new Error("parquet expected ArrayBuffer or Uint8Array")}const i={...Ze,...t};if(r.byteLength<8){throw new Error("parquet file is too short")}if(r.getUint32(r.byteLength-4,true)!==827474256){throw new Error("parquet file invalid (footer != PAR1)")}const s=r.byteLength-8;const o=r.getUint32(s,true);if(o>r.byteLength-8){throw new Error(`parquet metadata length ${o} exceeds available buffer ${r.byteLength-8}`)}const a=s-o;const f={view:r,offset:a};const c=deserializeTCompactProtocol(f);const l=c.field_1;const u=c.field_2.map(e=>({type:qe[e.field_1],type_length:e.field_2,repetition_type:Oe[e.field_3],name:decode(e.field_4),num_children:e.field_5,converted_type:Ve[e.field_6],scale:e.field_7,precision:e.field_8,field_id:e.field_9,logical_type:logicalType(e.field_10)}));const d=u.filter(e=>e.type);const h=c.field_3;const p=c.field_4.map(e=>({columns:e.field_1.map((e,t)=>({file_path:decode(e.field_1),file_offset:e.field_2,meta_data:e.field_3&&{type:qe[e.field_3.field_1],encodings:e.field_3.field_2?.map(e=>Ge[e]),path_in_schema:e.field_3.field_3.map(decode),codec:He[e.field_3.field_4],num_values:e.field_3.field_5,total_uncompressed_size:e.field_3.field_6,total_compressed_size:e.field_3.field_7,key_value_metadata:e.field_3.field_8?.map(e=>({key:decode(e.field_1),value:decode(e.field_2)})),data_page_offset:e.field_3.field_9,index_page_offset:e.field_3.field_10,dictionary_page_offset:e.field_3.field_11,statistics:convertStats(e.field_3.field_12,d[t],i),encoding_stats:e.field_3.field_13?.map(e=>({page_type:ze[e.field_1],encoding:Ge[e.field_2],count:e.field_3})),bloom_filter_offset:e.field_3.field_14,bloom_filter_length:e.field_3.field_15,size_statistics:e.field_3.field_16&&{unencoded_byte_array_data_bytes:e.field_3.field_16.field_1,repetition_level_histogram:e.field_3.field_16.field_2,definition_level_histogram:e.field_3.field_16.field_3},geospatial_statistics:e.field_3.field_17&&{bbox:e.field_3.field_17.field_1&&{xmin:e.field_3.field_17.field_1.field_1,xmax:e.field_3.field_17.field_1.field_2,ymin:e.field_3.field_17.field_1.field_3,ymax:e.field_3.field_17.field_1.field_4,zmin:e.field_3.field_17.field_1.field_5,zmax:e.field_3.field_17.field_1.field_6,mmin:e.field_3.field_17.field_1.field_7,mmax:e.field_3.field_17.field_1.field_8},geospatial_types:e.field_3.field_17.field_2}},offset_index_offset:e.field_4,offset_index_length:e.field_5,column_index_offset:e.field_6,column_index_length:e.field_7,crypto_metadata:e.field_8,encrypted_column_metadata:e.field_9})),total_byte_size:e.field_2,num_rows:e.field_3,sorting_columns:e.field_4?.map(e=>({column_idx:e.field_1,descending:e.field_2,nulls_first:e.field_3})),file_offset:e.field_5,total_compressed_size:e.field_6,ordinal:e.field_7}));const m=c.field_5?.map(e=>({key:decode(e.field_1),value:decode(e.field_2)}));const v=decode(c.field_6);if(n){markGeoColumns(u,m)}return{version:l,schema:u,num_rows:h,row_groups:p,key_value_metadata:m,created_by:v,metadata_length:o}}function metadata_parquetSchema({schema:e}){return getSchemaPath(e,[])[0]}function logicalType(e){if(e?.field_1)return{type:"STRING"};if(e?.field_2)return{type:"MAP"};if(e?.field_3)return{type:"LIST"};if(e?.field_4)return{type:"ENUM"};if(e?.field_5)return{type:"DECIMAL",scale:e.field_5.field_1,precision:e.field_5.field_2};if(e?.field_6)return{type:"DATE"};if(e?.field_7)return{type:"TIME",isAdjustedToUTC:e.field_7.field_1,unit:timeUnit(e.field_7.field_2)};if(e?.field_8)return{type:"TIMESTAMP",isAdjustedToUTC:e.field_8.field_1,unit:timeUnit(e.field_8.field_2)};if(e?.field_10)return{type:"INTEGER",bitWidth:e.field_10.field_1,isSigned:e.field_10.field_2};if(e?.field_11)return{type:"NULL"};if(e?.field_12)return{type:"JSON"};if(e?.field_13)return{type:"BSON"};if(e?.field_14)return{type:"UUID"};if(e?.field_15)return{type:"FLOAT16"};if(e?.field_16)return{type:"VARIANT",specification_version:e.field_16.field_1};if(e?.field_17)return{type:"GEOMETRY",crs:decode(e.field_17.field_1)};if(e?.field_18)return{type:"GEOGRAPHY",crs:decode(e.field_18.field_1),algorithm:We[e.field_18.field_2]};return e}function timeUnit(e){if(e.field_1)return"MILLIS";if(e.field_2)return"MICROS";if(e.field_3)return"NANOS";throw new Error("parquet time unit required")}function convertStats(e,t,n){return e&&{max:convertMetadata(e.field_1,t,n),min:convertMetadata(e.field_2,t,n),null_count:e.field_3,distinct_count:e.field_4,max_value:convertMetadata(e.field_5,t,n),min_value:convertMetadata(e.field_6,t,n),is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function convertMetadata(e,t,n){const{type:r,converted_type:i,logical_type:s}=t;if(e===undefined)return e;if(r==="BOOLEAN")return e[0]===1;if(r==="BYTE_ARRAY")return n.stringFromBytes(e);const o=new DataView(e.buffer,e.byteOffset,e.byteLength);if(r==="FLOAT"&&o.byteLength===4)return o.getFloat32(0,true);if(r==="DOUBLE"&&o.byteLength===8)return o.getFloat64(0,true);if(r==="INT32"&&i==="DECIMAL"&&o.byteLength===4){return o.getInt32(0,true)*10**-(t.scale||0)}if(r==="INT64"&&i==="DECIMAL"&&o.byteLength===8){return Number(o.getBigInt64(0,true))*10**-(t.scale||0)}if(r==="INT32"&&i==="DATE")return n.dateFromDays(o.getInt32(0,true));if(r==="INT64"&&i==="TIMESTAMP_MILLIS")return n.timestampFromMilliseconds(o.getBigInt64(0,true));if(r==="INT64"&&i==="TIMESTAMP_MICROS")return n.timestampFromMicroseconds(o.getBigInt64(0,true));if(r==="INT64"&&s?.type==="TIMESTAMP"&&s?.unit==="NANOS")return n.timestampFromNanoseconds(o.getBigInt64(0,true));if(r==="INT64"&&s?.type==="TIMESTAMP"&&s?.unit==="MICROS")return n.timestampFromMicroseconds(o.getBigInt64(0,true));if(r==="INT64"&&s?.type==="TIMESTAMP")return n.timestampFromMilliseconds(o.getBigInt64(0,true));const a=i?.startsWith("UINT_")||s?.type==="INTEGER"&&!s.isSigned;if(r==="INT32"&&a&&o.byteLength===4)return o.getUint32(0,true);if(r==="INT64"&&a&&o.byteLength===8)return o.getBigUint64(0,true);if(r==="INT32"&&o.byteLength===4)return o.getInt32(0,true);if(r==="INT64"&&o.byteLength===8)return o.getBigInt64(0,true);if(i==="DECIMAL")return parseDecimal(e)*10**-(t.scale||0);if(s?.type==="FLOAT16")return parseFloat16(e);if(s?.type==="UUID")return n.uuidFromBytes(e);if(r==="FIXED_LEN_BYTE_ARRAY")return e;return e}const ft=0xffffffffffffffffn;const ct=0x9e3779b185ebca87n;const lt=0xc2b2ae3d27d4eb4fn;const ut=0x165667b19e3779f9n;const dt=0x85ebca77c2b2ae63n;const ht=0x27d4eb2f165667c5n;function rotl64(e,t){return(e<<t|e>>64n-t)&ft}function round(e,t){e=e+t*lt&ft;e=rotl64(e,31n);return e*ct&ft}function mergeRound(e,t){e^=round(0n,t);return e*ct+dt&ft}function xxhash64(e,t=0n){const n=new DataView(e.buffer,e.byteOffset,e.byteLength);const r=e.byteLength;let i=0;let s;if(r>=32){let e=t+ct+lt&ft;let o=t+lt&ft;let a=t;let f=t-ct&ft;while(i+32<=r){e=round(e,n.getBigUint64(i,true));i+=8;o=round(o,n.getBigUint64(i,true));i+=8;a=round(a,n.getBigUint64(i,true));i+=8;f=round(f,n.getBigUint64(i,true));i+=8}s=rotl64(e,1n)+rotl64(o,7n)+rotl64(a,12n)+rotl64(f,18n)&ft;s=mergeRound(s,e);s=mergeRound(s,o);s=mergeRound(s,a);s=mergeRound(s,f)}else{s=t+ht&ft}s=s+BigInt(r)&ft;while(i+8<=r){s^=round(0n,n.getBigUint64(i,true));s=rotl64(s,27n)*ct+dt&ft;i+=8}if(i+4<=r){s^=BigInt(n.getUint32(i,true))*ct&ft;s=rotl64(s,23n)*lt+ut&ft;i+=4}while(i<r){s^=BigInt(n.getUint8(i))*ht&ft;s=rotl64(s,11n)*ct&ft;i+=1}s^=s>>33n;s=s*lt&ft;s^=s>>29n;s=s*ut&ft;s^=s>>32n;return s}const pt=new TextEncoder;const mt=new Uint32Array([1203114875,1150766481,2284105051,2729912477,1884591559,770785867,2667333959,1550580529]);function blockIndex(e,t){return Number((e>>32n)*BigInt(t)>>32n)}function blockMask(e){const t=new Uint32Array(8);const n=Number(e&0xffffffffn)|0;for(let e=0;e<8;e++){t[e]=1<<(Math.imul(n,mt[e])>>>27)}return t}function sbbfInsert(e,t){const n=blockIndex(t,e.length>>3)<<3;const r=blockMask(t);for(let t=0;t<8;t++){e[n+t]|=r[t]}}function sbbfContains(e,t){const n=blockIndex(t,e.length>>3)<<3;const r=blockMask(t);for(let t=0;t<8;t++){if((e[n+t]&r[t])===0)return false}return true}function readBloomFilter(e){const t=deserializeTCompactProtocol(e);const n=t.field_1;if(typeof n!=="number"||n<=0||n%32!==0)return undefined;if(!t.field_2?.field_1)return undefined;if(!t.field_3?.field_1)return undefined;if(!t.field_4?.field_1)return undefined;const{view:r,offset:i}=e;if(i+n>r.byteLength){throw new Error(`parquet bloom filter truncated: need ${n} bytes, have ${r.byteLength-i}`)}const s=new Uint32Array(n>>2);for(let e=0;e<s.length;e++){s[e]=r.getUint32(i+e*4,true)}e.offset=i+n;return{numBytes:n,blocks:s}}function hashParquetValue(e,t){if(e===null||e===undefined)return undefined;const{type:n,converted_type:r,logical_type:i}=t;if(n==="BOOLEAN"){if(typeof e!=="boolean")return undefined;return xxhash64(new Uint8Array([e?1:0]))}if(n==="FLOAT"){if(typeof e!=="number")return undefined;const t=new ArrayBuffer(4);new DataView(t).setFloat32(0,e,true);return xxhash64(new Uint8Array(t))}if(n==="DOUBLE"){if(typeof e!=="number")return undefined;const t=new ArrayBuffer(8);new DataView(t).setFloat64(0,e,true);return xxhash64(new Uint8Array(t))}if(n==="INT32"){if(r==="DATE"||r==="DECIMAL"||r==="TIME_MILLIS")return undefined;if(i?.type==="DATE"||i?.type==="TIME"||i?.type==="DECIMAL")return undefined;if(typeof e!=="number"||!Number.isInteger(e))return undefined;const t=new ArrayBuffer(4);new DataView(t).setInt32(0,e|0,true);return xxhash64(new Uint8Array(t))}if(n==="INT64"){if(r==="TIMESTAMP_MILLIS"||r==="TIMESTAMP_MICROS")return undefined;if(r==="TIME_MICROS"||r==="DECIMAL")return undefined;if(i?.type==="TIMESTAMP"||i?.type==="TIME"||i?.type==="DECIMAL")return undefined;let t;if(typeof e==="bigint")t=e;else if(typeof e==="number"&&Number.isSafeInteger(e))t=BigInt(e);else return undefined;const n=new ArrayBuffer(8);new DataView(n).setBigUint64(0,BigInt.asUintN(64,t),true);return xxhash64(new Uint8Array(n))}if(n==="BYTE_ARRAY"){if(r==="JSON"||r==="BSON"||r==="DECIMAL")return undefined;if(i?.type==="JSON"||i?.type==="BSON"||i?.type==="VARIANT")return undefined;if(i?.type==="GEOMETRY"||i?.type==="GEOGRAPHY")return undefined;if(typeof e==="string")return xxhash64(pt.encode(e));if(e instanceof Uint8Array)return xxhash64(e);return undefined}if(n==="FIXED_LEN_BYTE_ARRAY"){if(r==="DECIMAL"||r==="INTERVAL")return undefined;if(i?.type==="DECIMAL"||i?.type==="UUID"||i?.type==="FLOAT16")return undefined;if(i?.type==="GEOMETRY"||i?.type==="GEOGRAPHY")return undefined;if(e instanceof Uint8Array)return xxhash64(e);return undefined}return undefined}function bloomEligibleColumns(e){const t=new Set;walkBloomEligible(e,t);return t}function walkBloomEligible(e,t){if(!e)return;if("$and"in e&&Array.isArray(e.$and)){for(const n of e.$and)walkBloomEligible(n,t);return}if("$or"in e&&Array.isArray(e.$or)){for(const n of e.$or)walkBloomEligible(n,t);return}if("$nor"in e)return;for(const[n,r]of Object.entries(e)){if(n.startsWith("$"))continue;if(typeof r==="object"&&r!==null&&!Array.isArray(r)){if("$eq"in r||"$in"in r)t.add(n)}else{t.add(n)}}}function toJson(e){if(e===undefined)return null;if(typeof e==="bigint")return Number(e);if(Object.is(e,-0))return 0;if(Array.isArray(e))return e.map(toJson);if(e instanceof Uint8Array)return Array.from(e);if(e instanceof Date)return e.toISOString();if(e instanceof Object){const t={};for(const n of Object.keys(e)){if(e[n]===undefined)continue;t[n]=toJson(e[n])}return t}return e}function utils_concat(e,t){const n=1e4;for(let r=0;r<t.length;r+=n){e.push(...t.slice(r,r+n))}}function equals(e,t,n=true){if(n?e===t:e==t)return true;if(!e||!t||typeof e!=="object"||typeof t!=="object")return false;if(e instanceof Uint8Array&&t instanceof Uint8Array){if(e.length!==t.length)return false;for(let n=0;n<e.length;n++){if(e[n]!==t[n])return false}return true}if(e instanceof Date||t instanceof Date){return e instanceof Date&&t instanceof Date&&e.getTime()===t.getTime()}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return false;for(let r=0;r<e.length;r++){if(!equals(e[r],t[r],n))return false}return true}const r=Object.keys(e);if(r.length!==Object.keys(t).length)return false;for(const i of r){if(!equals(e[i],t[i],n))return false}return true}async function byteLengthFromUrlUsingGet(e,t={},n=globalThis.fetch){const r=new AbortController;const i=new Headers(t.headers);i.set("Range","bytes=0-0");const s=await n(e,{...t,headers:i,signal:r.signal});if(!s.ok)throw new Error(`fetch with range failed ${s.status}`);if(s.status===206){const e=s.headers.get("Content-Range");if(!e)throw new Error("missing content-range header");const t=e.match(/bytes \d+-\d+\/(\d+)/);if(!t)throw new Error(`invalid content-range header: ${e}`);return parseInt(t[1])}if(s.status===200){const e=s.headers.get("Content-Length");r.abort();if(e)return parseInt(e)}throw new Error("server does not support range requests and missing content-length")}async function byteLengthFromUrl(e,t,n){const r=n??globalThis.fetch;const i=await r(e,{...t,method:"HEAD"});if(i.status===403){return byteLengthFromUrlUsingGet(e,t,r)}if(!i.ok)throw new Error(`fetch head failed ${i.status}`);const s=i.headers.get("Content-Length");if(!s){return byteLengthFromUrlUsingGet(e,t,r)}return parseInt(s)}async function asyncBufferFromUrl({url:e,byteLength:t,requestInit:n,fetch:r}){if(!e)throw new Error("missing url");const i=r??globalThis.fetch;t??=await byteLengthFromUrl(e,n,i);let s=undefined;const o=n||{};return{byteLength:t,async slice(t,n){if(s){return s.then(e=>e.slice(t,n))}const r=new Headers(o.headers);const a=n===undefined?"":n-1;r.set("Range",`bytes=${t}-${a}`);const f=await i(e,{...o,headers:r});if(!f.ok||!f.body)throw new Error(`fetch failed ${f.status}`);if(f.status===200){s=f.arrayBuffer();return s.then(e=>e.slice(t,n))}else if(f.status===206){return f.arrayBuffer()}else{throw new Error(`fetch received unexpected status code ${f.status}`)}}}}function cachedAsyncBuffer({byteLength:e,slice:t},{minSize:n=defaultInitialFetchSize}={}){if(e<n){const n=t(0,e);return{byteLength:e,async slice(e,t){return(await n).slice(e,t)}}}const r=new Map;return{byteLength:e,slice(n,i){const s=cacheKey(n,i,e);const o=r.get(s);if(o)return o;const a=t(n,i);r.set(s,a);return a}}}function cacheKey(e,t,n){if(e<0){if(t!==undefined)throw new Error(`invalid suffix range [${e}, ${t}]`);if(n===undefined)return`${e},`;return`${n+e},${n}`}else if(t!==undefined){if(e>t)throw new Error(`invalid empty range [${e}, ${t}]`);return`${e},${t}`}else if(n===undefined){return`${e},`}else{return`${e},${n}`}}function utils_flatten(e){if(!e)return[];if(e.length===1)return e[0];const t=[];for(const n of e){utils_concat(t,n)}return t}const vt=new TextEncoder;function pathsNeededForFilter(e){if(!e)return[];const t=[];if("$and"in e&&Array.isArray(e.$and)){t.push(...e.$and.flatMap(pathsNeededForFilter))}else if("$or"in e&&Array.isArray(e.$or)){t.push(...e.$or.flatMap(pathsNeededForFilter))}else if("$nor"in e&&Array.isArray(e.$nor)){t.push(...e.$nor.flatMap(pathsNeededForFilter))}else{t.push(...Object.keys(e))}return[...new Set(t)]}function filter_columnsNeededForFilter(e){return[...new Set(pathsNeededForFilter(e).map(e=>e.split(".")[0]))]}function matchFilter(e,t,n=true){if("$and"in t&&Array.isArray(t.$and)){return t.$and.every(t=>matchFilter(e,t,n))}if("$or"in t&&Array.isArray(t.$or)){return t.$or.some(t=>matchFilter(e,t,n))}if("$nor"in t&&Array.isArray(t.$nor)){return!t.$nor.some(t=>matchFilter(e,t,n))}return Object.entries(t).every(([t,r])=>{const i=resolve(e,t);if(typeof r!=="object"||r===null||Array.isArray(r)){return equals(i,r,n)}return Object.entries(r||{}).every(([e,t])=>{if(e==="$gt")return i!==null&&i!==undefined&&i>t;if(e==="$gte")return i!==null&&i!==undefined&&i>=t;if(e==="$lt")return i!==null&&i!==undefined&&i<t;if(e==="$lte")return i!==null&&i!==undefined&&i<=t;if(e==="$eq")return equals(i,t,n);if(e==="$ne")return!equals(i,t,n);if(e==="$in")return Array.isArray(t)&&matchesIn(i,t,n);if(e==="$nin")return Array.isArray(t)&&!matchesIn(i,t,n);if(e==="$not")return!matchFilter({value:i},{value:t},n);return true})})}function matchesIn(e,t,n){return t.some(t=>equals(e,t,n)||Array.isArray(e)&&e.some(e=>equals(e,t,n)))}function canSkipRowGroup({rowGroup:e,physicalColumns:t,filter:n,strict:r=true,bloomFilters:i,schemaElements:s}){if(!n)return false;if("$and"in n&&Array.isArray(n.$and)){return n.$and.some(n=>canSkipRowGroup({rowGroup:e,physicalColumns:t,filter:n,strict:r,bloomFilters:i,schemaElements:s}))}if("$or"in n&&Array.isArray(n.$or)){return n.$or.every(n=>canSkipRowGroup({rowGroup:e,physicalColumns:t,filter:n,strict:r,bloomFilters:i,schemaElements:s}))}if("$nor"in n&&Array.isArray(n.$nor)){return false}for(const[o,a]of Object.entries(n)){const n=t.indexOf(o);if(n===-1)continue;const f=e.columns[n].meta_data?.statistics;const{min:c,max:l,min_value:u,max_value:d,null_count:h}=f||{};const p=u!==undefined?u:c;const m=d!==undefined?d:l;const v=p!==undefined&&m!==undefined;const g=i?.[o];const A=s?.[o];const w=matchFilter({value:null},{value:a},r)&&(h===undefined||h>0);if(v&&!w&&canSkipStats(a,p,m,r,A)){return true}for(const[e,t]of Object.entries(a||{})){if(g&&A){if(e==="$eq"){const e=hashParquetValue(t,A);if(e!==undefined&&!sbbfContains(g.blocks,e))return true}if(e==="$in"&&Array.isArray(t)&&t.length>0){let e=true;for(const n of t){const t=hashParquetValue(n,A);if(t===undefined||sbbfContains(g.blocks,t)){e=false;break}}if(e)return true}}}}return false}function canSkipStats(e,t,n,r,i){if(t===undefined||n===undefined)return false;const s=i?.type==="FLOAT"||i?.type==="DOUBLE"||i?.logical_type?.type==="FLOAT16";for(const[o,a]of Object.entries(e||{})){const e=compareParquetValues(t,a,r,i);const f=compareParquetValues(n,a,r,i);const c=t instanceof Uint8Array||n instanceof Uint8Array;const l=!c&&(i?.type!=="BYTE_ARRAY"||typeof a==="string"&&[...a].every(e=>e.charCodeAt(0)<=127));if(o==="$gt"&&l&&f!==undefined&&f<=0)return true;if(o==="$gte"&&l&&f!==undefined&&f<0)return true;if(o==="$lt"&&l&&e!==undefined&&e>=0)return true;if(o==="$lte"&&l&&e!==undefined&&e>0)return true;if(o==="$eq"){const e=compareParquetValues(a,t,r,i);const s=compareParquetValues(a,n,r,i);if(e!==undefined&&e<0||s!==undefined&&s>0)return true}if(o==="$ne"&&!s&&equals(t,n,r)&&equals(t,a,r))return true;if(o==="$in"&&Array.isArray(a)&&a.every(e=>{const s=compareParquetValues(e,t,r,i);const o=compareParquetValues(e,n,r,i);return s!==undefined&&s<0||o!==undefined&&o>0}))return true;if(o==="$nin"&&!s&&Array.isArray(a)&&equals(t,n,r)&&a.some(e=>equals(t,e,r)))return true}return false}function compareParquetValues(e,t,n,r){if(r?.type==="BYTE_ARRAY"){if(typeof e!=="string"||typeof t!=="string")return undefined;return compareBytes(vt.encode(e),vt.encode(t))}if(e instanceof Uint8Array||t instanceof Uint8Array){if(!(e instanceof Uint8Array)||!(t instanceof Uint8Array))return undefined;return compareBytes(e,t)}if(e<t)return-1;if(e>t)return 1;if(equals(e,t,n))return 0;return undefined}function compareBytes(e,t){const n=Math.min(e.length,t.length);for(let r=0;r<n;r++){if(e[r]<t[r])return-1;if(e[r]>t[r])return 1}if(e.length<t.length)return-1;if(e.length>t.length)return 1;return 0}function matchesNull(e,t){return matchFilter({value:null},{value:e},t)}function filterPageRanges(e,t,n,r=true){if(!e)return undefined;if("$and"in e&&Array.isArray(e.$and)){let i;for(const s of e.$and){i=intersectRanges(i,filterPageRanges(s,t,n,r))}return i}if("$or"in e&&Array.isArray(e.$or)){let i=[];for(const s of e.$or){const e=filterPageRanges(s,t,n,r);if(!e)return undefined;i=unionRanges(i,e)}return i}if("$nor"in e&&Array.isArray(e.$nor)){return undefined}let i;for(const[s,o]of Object.entries(e)){const e=t[s];if(!e)continue;const a=matchesNull(o,r);const f=[];for(let t=0;t<e.pageStarts.length;t++){const i=e.pageStarts[t];const s=t+1<e.pageStarts.length?e.pageStarts[t+1]:n;const c=e.nullCounts?.[t];const l=a&&(c===undefined||c>0);const u=!e.nullPages[t]&&!l&&canSkipStats(o,e.minValues[t],e.maxValues[t],r,e.element);if(!u){const e=f[f.length-1];if(e&&e[1]===i)e[1]=s;else f.push([i,s])}}i=intersectRanges(i,f)}return i}function intersectRanges(e,t){if(!e)return t;if(!t)return e;const n=[];let r=0;let i=0;while(r<e.length&&i<t.length){const s=Math.max(e[r][0],t[i][0]);const o=Math.min(e[r][1],t[i][1]);if(s<o)n.push([s,o]);if(e[r][1]<t[i][1])r++;else i++}return n}function unionRanges(e,t){const n=[];let r=0;let i=0;while(r<e.length||i<t.length){const s=i>=t.length||r<e.length&&e[r][0]<=t[i][0]?e[r++]:t[i++];const o=n[n.length-1];if(o&&s[0]<=o[1])o[1]=Math.max(o[1],s[1]);else n.push([s[0],s[1]])}return n}function resolve(e,t){let n=e;for(const e of t.split(".")){n=n?.[e]}return n}const gt=new TextDecoder;const At=new WeakMap;function decodeVariantColumn(e,t=Ze){if(Array.isArray(e)){return e.map(e=>decodeVariantColumn(e,t))}if(typeof e!=="object")return e;if("metadata"in e){const n=parseVariantMetadata(e.metadata);const r=e.typed_value&&decodeTypedValue(e.typed_value,n,t);const i=e.value&&readVariant(makeReader(e.value),n,t);if(r&&i){return{...i,...r}}return r??i}return e}function decodeTypedValue(e,t,n){if(e instanceof Date)return e;if(e&&typeof e==="object"&&!Array.isArray(e)&&!(e instanceof Uint8Array)){if("typed_value"in e&&e.typed_value!==null&&e.typed_value!==undefined){return decodeTypedValue(e.typed_value,t,n)}if("value"in e&&e.value instanceof Uint8Array){return readVariant(makeReader(e.value),t,n)}if("typed_value"in e||"value"in e){return null}const r={};for(const[i,s]of Object.entries(e)){if(!t.dictionary.includes(i))continue;r[i]=decodeTypedValue(s,t,n)}return r}if(e instanceof Uint8Array){return readVariant(makeReader(e),t,n)}if(Array.isArray(e)){return e.map(e=>decodeTypedValue(e,t,n))}return e}function makeReader(e){return{view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0}}function parseVariantMetadata(e){let t=At.get(e.buffer);if(!t){t=new Map;At.set(e.buffer,t)}const n=`${e.byteOffset}:${e.byteLength}`;const r=t.get(n);if(r)return r;const i=makeReader(e);const s=i.view.getUint8(i.offset++);const o=s&15;if(o!==1)throw new Error(`parquet unsupported variant metadata version: ${o}`);const a=(s>>4&1)===1;const f=(s>>6&3)+1;const c=readUnsigned(i,f);const l=new Array(c+1);for(let e=0;e<l.length;e++){l[e]=readUnsigned(i,f)}const u=i.offset;const d=new Array(c);for(let t=0;t<c;t++){const n=l[t];const r=l[t+1];const i=new Uint8Array(e.buffer,e.byteOffset+u+n,r-n);d[t]=gt.decode(i)}const h={dictionary:d,sorted:a};t.set(n,h);return h}function readUnsigned(e,t){let n=0;for(let r=0;r<t;r++){n|=e.view.getUint8(e.offset+r)<<r*8}e.offset+=t;return n}function readVariant(e,t,n){const r=e.view.getUint8(e.offset++);const i=r&3;const s=r>>2;if(i===0)return readVariantPrimitive(e,s,n);if(i===2)return readVariantObject(e,s,t,n);if(i===3)return readVariantArray(e,s,t,n);const o=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,s);e.offset+=s;return gt.decode(o)}function readVariantPrimitive(e,t,n){switch(t){case 0:return null;case 1:return true;case 2:return false;case 3:{const t=e.view.getInt8(e.offset);e.offset+=1;return t}case 4:{const t=e.view.getInt16(e.offset,true);e.offset+=2;return t}case 5:{const t=e.view.getInt32(e.offset,true);e.offset+=4;return t}case 6:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return t}case 7:{const t=e.view.getFloat64(e.offset,true);e.offset+=8;return t}case 8:return readVariantDecimal(e,4);case 9:return readVariantDecimal(e,8);case 10:return readVariantDecimal(e,16);case 11:{const t=e.view.getInt32(e.offset,true);e.offset+=4;return n.dateFromDays(t)}case 12:case 13:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return n.timestampFromMicroseconds(t)}case 14:{const t=e.view.getFloat32(e.offset,true);e.offset+=4;return t}case 15:return readVariantBinary(e);case 16:{const t=readVariantBinary(e);return gt.decode(t)}case 17:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return t}case 18:case 19:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return n.timestampFromNanoseconds(t)}case 20:{const t=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,16);e.offset+=16;const n=Array.from(t,e=>e.toString(16).padStart(2,"0")).join("");return`${n.slice(0,8)}-${n.slice(8,12)}-${n.slice(12,16)}-${n.slice(16,20)}-${n.slice(20)}`}default:throw new Error(`parquet unsupported variant primitive type: ${t}`)}}function readVariantObject(e,t,n,r){const i=(t&3)+1;const s=(t>>2&3)+1;const o=t>>4&1;const a=o?readUnsigned(e,4):e.view.getUint8(e.offset++);const f=new Array(a);for(let t=0;t<a;t++){f[t]=readUnsigned(e,s)}const c=new Array(a+1);for(let t=0;t<c.length;t++){c[t]=readUnsigned(e,i)}const l={};for(let t=0;t<a;t++){const i=n.dictionary[f[t]];const s={view:e.view,offset:e.offset+c[t]};l[i]=readVariant(s,n,r)}e.offset+=c[c.length-1];return l}function readVariantArray(e,t,n,r){const i=t&3;const s=t>>2&1;const o=i+1;const a=readUnsigned(e,s?4:1);const f=new Array(a+1);for(let t=0;t<f.length;t++){f[t]=readUnsigned(e,o)}const c=e.offset;const l=new Array(a);for(let t=0;t<a;t++){const i={view:e.view,offset:c+f[t]};l[t]=readVariant(i,n,r)}e.offset=c+f[f.length-1];return l}function readVariantDecimal(e,t){const n=e.view.getUint8(e.offset);e.offset+=1;let r;if(t===4){r=BigInt(e.view.getInt32(e.offset,true));e.offset+=4}else if(t===8){r=e.view.getBigInt64(e.offset,true);e.offset+=8}else{const t=e.view.getBigUint64(e.offset,true);const n=e.view.getBigInt64(e.offset+8,true);r=n<<64n|t;e.offset+=16}return Number(r)*10**-n}function readVariantBinary(e){const t=e.view.getUint32(e.offset,true);e.offset+=4;const n=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t;return n}function assembleLists(e,t,n,r,i){const s=getMaxDefinitionLevel(i);if(!t?.length&&!n.length){if(!s||!r.length)return r;t=new Array(r.length).fill(s)}const o=t?.length||n.length;const a=i.map(({element:e})=>e.repetition_type);let f=0;const c=[e];let l=e;let u=0;let d=0;let h=0;if(n[0]){while(u<a.length-2&&h<n[0]){u++;if(a[u]!=="REQUIRED"){l=l.at(-1);c.push(l);d++}if(a[u]==="REPEATED")h++}}for(let e=0;e<o;e++){const i=t?.length?t[e]:s;const o=n[e];while(u&&(o<h||a[u]!=="REPEATED")){if(a[u]!=="REQUIRED"){c.pop();d--}if(a[u]==="REPEATED")h--;u--}l=c.at(-1);while((u<a.length-2||a[u+1]==="REPEATED")&&(d<i||a[u+1]==="REQUIRED")){u++;if(a[u]!=="REQUIRED"){const e=[];l.push(e);l=e;c.push(e);d++}if(a[u]==="REPEATED")h++}if(i===s){l.push(r[f++])}else if(u===a.length-2){l.push(null)}else{l.push([])}}if(!e.length){for(let e=0;e<s;e++){const e=[];l.push(e);l=e}}return e}function assembleNested(e,t,n,r=0){const i=t.path.join(".");const s=t.element.repetition_type==="OPTIONAL";const o=s?r+1:r;if(isListLike(t)){let a=t.children[0];let f=o;if(a.children.length===1){a=a.children[0];f++}assembleNested(e,a,n,f);const c=a.path.join(".");const l=e.get(c);if(!l)throw new Error("parquet list column missing values");if(s)flattenAtDepth(l,r);e.set(i,l);e.delete(c);return}if(isMapLike(t)){const a=t.children[0].element.name;assembleNested(e,t.children[0].children[0],n,o+1);assembleNested(e,t.children[0].children[1],n,o+1);const f=e.get(`${i}.${a}.key`);const c=e.get(`${i}.${a}.value`);if(!f)throw new Error("parquet map column missing keys");if(!c)throw new Error("parquet map column missing values");if(f.length!==c.length){throw new Error("parquet map column key/value length mismatch")}const l=assembleMaps(f,c,o);if(s)flattenAtDepth(l,r);e.delete(`${i}.${a}.key`);e.delete(`${i}.${a}.value`);e.set(i,l);return}if(t.children.length){const o=t.element.repetition_type==="REQUIRED"?r:r+1;const a={};for(const r of t.children){assembleNested(e,r,n,o);const t=e.get(r.path.join("."));if(!t)throw new Error("parquet struct missing child data");a[r.element.name]=t}for(const n of t.children){e.delete(n.path.join("."))}let f=invertStruct(a,o);if(t.element.logical_type?.type==="VARIANT"){f=decodeVariantColumn(f,n)}if(s)flattenAtDepth(f,r);e.set(i,f)}}function flattenAtDepth(e,t){for(let n=0;n<e.length;n++){if(t){flattenAtDepth(e[n],t-1)}else{e[n]=e[n][0]}}}function assembleMaps(e,t,n){const r=[];for(let i=0;i<e.length;i++){if(n){r.push(assembleMaps(e[i],t[i],n-1))}else{if(e[i]){const n={};for(let r=0;r<e[i].length;r++){const s=t[i][r];n[e[i][r]]=s===undefined?null:s}r.push(n)}else{r.push(undefined)}}}return r}function invertStruct(e,t){const n=Object.keys(e);const r=e[n[0]]?.length;const i=[];for(let s=0;s<r;s++){const o={};for(const t of n){if(e[t].length!==r)throw new Error("parquet struct parsing error");o[t]=e[t][s]}if(t){i.push(invertStruct(o,t-1))}else{i.push(o)}}return i}function deltaBinaryUnpack(e,t,n){if(n instanceof Int32Array){deltaBinaryUnpackInt32(e,t,n);return}const r=readVarInt(e);const i=readVarInt(e);readVarInt(e);let s=readZigZagBigInt(e);let o=0;n[o++]=s;const a=r/i;while(o<t){const r=readZigZagBigInt(e);const f=new Uint8Array(i);for(let t=0;t<i;t++){f[t]=e.view.getUint8(e.offset++)}for(let c=0;c<i&&o<t;c++){const i=f[c];if(i){let f=0;let c=a;const l=(1n<<BigInt(i))-1n;while(c&&o<t){let t=BigInt(e.view.getUint32(e.offset,true)>>>f)&l;f+=i;while(f>=32){f-=32;e.offset+=4;if(f){t|=BigInt(e.view.getUint32(e.offset,true))<<BigInt(i-f)&l}}const a=r+t;s+=a;n[o++]=s;c--}if(c){e.offset+=Math.ceil((c*i+f)/8)}}else{for(let e=0;e<a&&o<t;e++){s+=r;n[o++]=s}}}}}function deltaBinaryUnpackInt32(e,t,n){const r=readVarInt(e);const i=readVarInt(e);readVarInt(e);let s=readZigZag(e);let o=0;n[o++]=s;const a=r/i;const{view:f}=e;while(o<t){const r=readZigZagInt33(e);const c=e.offset;let l=c+i;for(let e=0;e<i&&o<t;e++){const i=f.getUint8(c+e);const u=l+a*i/8;let d=0;for(let e=0;e<a&&o<t;e++){let e=0;let t=0;while(t<i){const n=Math.min(8-d,i-t);if(t<32){e|=(f.getUint8(l)>>>d&(1<<n)-1)<<t}t+=n;d+=n;if(d===8){d=0;l++}}s=s+r+e|0;n[o++]=s}l=u}e.offset=l}}function readZigZagInt33(e){const t=e.offset;const n=readVarInt(e);const r=e.offset-t===5?e.view.getUint8(t+4)>>>4&1:0;return(n>>>1|r<<31)^-(n&1)}function deltaLengthByteArray(e,t,n){const r=new Int32Array(t);deltaBinaryUnpack(e,t,r);for(let i=0;i<t;i++){n[i]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,r[i]);e.offset+=r[i]}}function deltaByteArray(e,t,n){const r=new Int32Array(t);deltaBinaryUnpack(e,t,r);const i=new Int32Array(t);deltaBinaryUnpack(e,t,i);for(let s=0;s<t;s++){const t=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,i[s]);if(r[s]){n[s]=new Uint8Array(r[s]+i[s]);n[s].set(n[s-1].subarray(0,r[s]));n[s].set(t,r[s])}else{n[s]=t}e.offset+=i[s]}}function readRleBitPackedHybrid(e,t,n,r){if(r===undefined){r=e.view.getUint32(e.offset,true);e.offset+=4}const i=e.offset;let s=0;while(s<n.length){const r=readVarInt(e);if(r&1){s=readBitPacked(e,r,t,n,s)}else{const i=r>>>1;readRle(e,i,t,n,s);s+=i}}e.offset=i+r}function readRle(e,t,n,r,i){const s=n+7>>3;let o=0;for(let t=0;t<s;t++){o|=e.view.getUint8(e.offset++)<<(t<<3)}for(let e=0;e<t;e++){r[i+e]=o}}function readBitPacked(e,t,n,r,i){let s=t>>1<<3;const o=(1<<n)-1;let a=0;if(e.offset<e.view.byteLength){a=e.view.getUint8(e.offset++)}else if(o){throw new Error(`parquet bitpack offset ${e.offset} out of range`)}let f=8;let c=0;while(s){if(c>8){c-=8;f-=8;a>>>=8}else if(f-c<n){a|=e.view.getUint8(e.offset)<<f;e.offset++;f+=8}else{if(i<r.length){r[i++]=a>>c&o}s--;c+=n}}return i}function byteStreamSplit(e,t,n,r){const i=byteWidth(n,r);const s=new Uint8Array(t*i);for(let n=0;n<i;n++){for(let r=0;r<t;r++){s[r*i+n]=e.view.getUint8(e.offset++)}}if(n==="FLOAT")return new Float32Array(s.buffer);else if(n==="DOUBLE")return new Float64Array(s.buffer);else if(n==="INT32")return new Int32Array(s.buffer);else if(n==="INT64")return new BigInt64Array(s.buffer);else if(n==="FIXED_LEN_BYTE_ARRAY"){const e=new Array(t);for(let n=0;n<t;n++){e[n]=s.subarray(n*i,(n+1)*i)}return e}throw new Error(`parquet byte_stream_split unsupported type: ${n}`)}function byteWidth(e,t){switch(e){case"INT32":case"FLOAT":return 4;case"INT64":case"DOUBLE":return 8;case"FIXED_LEN_BYTE_ARRAY":if(!t)throw new Error("parquet byteWidth missing type_length");return t;default:throw new Error(`parquet unsupported type: ${e}`)}}function readPlain(e,t,n,r){if(n===0)return[];if(t==="BOOLEAN"){return readPlainBoolean(e,n)}else if(t==="INT32"){return readPlainInt32(e,n)}else if(t==="INT64"){return readPlainInt64(e,n)}else if(t==="INT96"){return readPlainInt96(e,n)}else if(t==="FLOAT"){return readPlainFloat(e,n)}else if(t==="DOUBLE"){return readPlainDouble(e,n)}else if(t==="BYTE_ARRAY"){return readPlainByteArray(e,n)}else if(t==="FIXED_LEN_BYTE_ARRAY"){if(!r)throw new Error("parquet missing fixed length");return readPlainByteArrayFixed(e,n,r)}else{throw new Error(`parquet unhandled type: ${t}`)}}function readPlainBoolean(e,t){const n=new Array(t);for(let r=0;r<t;r++){const t=e.offset+(r/8|0);const i=r%8;const s=e.view.getUint8(t);n[r]=(s&1<<i)!==0}e.offset+=Math.ceil(t/8);return n}function readPlainInt32(e,t){const n=(e.view.byteOffset+e.offset)%4?new Int32Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*4)):new Int32Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*4;return n}function readPlainInt64(e,t){const n=(e.view.byteOffset+e.offset)%8?new BigInt64Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*8)):new BigInt64Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*8;return n}function readPlainInt96(e,t){const n=new Array(t);for(let r=0;r<t;r++){const t=e.view.getBigInt64(e.offset+r*12,true);const i=e.view.getInt32(e.offset+r*12+8,true);n[r]=BigInt(i)<<64n|t}e.offset+=t*12;return n}function readPlainFloat(e,t){const n=(e.view.byteOffset+e.offset)%4?new Float32Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*4)):new Float32Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*4;return n}function readPlainDouble(e,t){const n=(e.view.byteOffset+e.offset)%8?new Float64Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*8)):new Float64Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*8;return n}function readPlainByteArray(e,t){const n=new Array(t);for(let r=0;r<t;r++){const t=e.view.getUint32(e.offset,true);e.offset+=4;n[r]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t}return n}function readPlainByteArrayFixed(e,t,n){const r=new Array(t);for(let i=0;i<t;i++){r[i]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,n);e.offset+=n}return r}function align(e,t,n){const r=new ArrayBuffer(n);new Uint8Array(r).set(new Uint8Array(e,t,n));return r}const wt=[0,255,65535,16777215,4294967295];function copyBytes(e,t,n,r,i){for(let s=0;s<i;s++){n[r+s]=e[t+s]}}function snappyUncompress(e,t){const n=e.byteLength;const r=t.byteLength;let i=0;let s=0;while(i<n){const t=e[i];i++;if(t<128){break}}if(r&&i>=n){throw new Error("invalid snappy length header")}while(i<n){const r=e[i];let o=0;i++;if(i>=n){throw new Error("missing eof marker")}if((r&3)===0){let o=(r>>>2)+1;if(o>60){if(i+3>=n){throw new Error("snappy error literal pos + 3 >= inputLength")}const t=o-60;o=e[i]+(e[i+1]<<8)+(e[i+2]<<16)+(e[i+3]<<24);o=(o&wt[t])+1;i+=t}if(i+o>n){throw new Error("snappy error literal exceeds input length")}copyBytes(e,i,t,s,o);i+=o;s+=o}else{let a=0;switch(r&3){case 1:o=(r>>>2&7)+4;a=e[i]+(r>>>5<<8);i++;break;case 2:if(n<=i+1){throw new Error("snappy error end of input")}o=(r>>>2)+1;a=e[i]+(e[i+1]<<8);i+=2;break;case 3:if(n<=i+3){throw new Error("snappy error end of input")}o=(r>>>2)+1;a=e[i]+(e[i+1]<<8)+(e[i+2]<<16)+(e[i+3]<<24);i+=4;break;default:break}if(a===0||isNaN(a)){throw new Error(`invalid offset ${a} pos ${i} inputLength ${n}`)}if(a>s){throw new Error("cannot copy from before start of buffer")}copyBytes(t,s-a,t,s,o);s+=o}}if(s!==r)throw new Error("premature end of input")}function readDataPage(e,t,{type:n,element:r,schemaPath:i}){const s=new DataView(e.buffer,e.byteOffset,e.byteLength);const o={view:s,offset:0};let a;const f=readRepetitionLevels(o,t,i);const{definitionLevels:c,numNulls:l}=readDefinitionLevels(o,t,i);const u=t.num_values-l;if(t.encoding==="PLAIN"){a=readPlain(o,n,u,r.type_length)}else if(t.encoding==="PLAIN_DICTIONARY"||t.encoding==="RLE_DICTIONARY"||t.encoding==="RLE"){const e=n==="BOOLEAN"?1:s.getUint8(o.offset++);if(e){a=new Array(u);if(n==="BOOLEAN"){readRleBitPackedHybrid(o,e,a);a=a.map(e=>!!e)}else{readRleBitPackedHybrid(o,e,a,s.byteLength-o.offset)}}else{a=new Uint8Array(u)}}else if(t.encoding==="BYTE_STREAM_SPLIT"){a=byteStreamSplit(o,u,n,r.type_length)}else if(t.encoding==="DELTA_BINARY_PACKED"){const e=n==="INT32";a=e?new Int32Array(u):new BigInt64Array(u);deltaBinaryUnpack(o,u,a)}else if(t.encoding==="DELTA_LENGTH_BYTE_ARRAY"){a=new Array(u);deltaLengthByteArray(o,u,a)}else if(t.encoding==="DELTA_BYTE_ARRAY"){a=new Array(u);deltaByteArray(o,u,a)}else{throw new Error(`parquet unsupported encoding: ${t.encoding}`)}return{definitionLevels:c,repetitionLevels:f,dataPage:a}}function readRepetitionLevels(e,t,n){if(n.length>1){const r=getMaxRepetitionLevel(n);if(r){const n=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(r),n);return n}}return[]}function readDefinitionLevels(e,t,n){const r=getMaxDefinitionLevel(n);if(!r)return{definitionLevels:[],numNulls:0};const i=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(r),i);let s=t.num_values;for(const e of i){if(e===r)s--}if(s===0)i.length=0;return{definitionLevels:i,numNulls:s}}function decompressPage(e,t,n,r){let i;const s=r?.[n];if(n==="UNCOMPRESSED"){i=e}else if(s){i=s(e,t)}else if(n==="SNAPPY"){i=new Uint8Array(t);snappyUncompress(e,i)}else{throw new Error(`parquet unsupported compression codec: ${n}`)}if(i?.length!==t){throw new Error(`parquet decompressed page length ${i?.length} does not match header ${t}`)}return i}function readDataPageV2(e,t,n){const r=new DataView(e.buffer,e.byteOffset,e.byteLength);const i={view:r,offset:0};const{type:s,element:o,schemaPath:a,codec:f,compressors:c}=n;const l=t.data_page_header_v2;if(!l)throw new Error("parquet data page header v2 is undefined");const u=readRepetitionLevelsV2(i,l,a);i.offset=l.repetition_levels_byte_length;const d=readDefinitionLevelsV2(i,l,a);const h=t.uncompressed_page_size-l.definition_levels_byte_length-l.repetition_levels_byte_length;let p=e.subarray(i.offset);if(l.is_compressed!==false){p=decompressPage(p,h,f,c)}const m=new DataView(p.buffer,p.byteOffset,p.byteLength);const v={view:m,offset:0};let g;const A=l.num_values-l.num_nulls;if(l.encoding==="PLAIN"){g=readPlain(v,s,A,o.type_length)}else if(l.encoding==="RLE"){g=new Array(A);readRleBitPackedHybrid(v,1,g);g=g.map(e=>!!e)}else if(l.encoding==="PLAIN_DICTIONARY"||l.encoding==="RLE_DICTIONARY"){const e=m.getUint8(v.offset++);g=new Array(A);readRleBitPackedHybrid(v,e,g,h-1)}else if(l.encoding==="DELTA_BINARY_PACKED"){const e=s==="INT32";g=e?new Int32Array(A):new BigInt64Array(A);deltaBinaryUnpack(v,A,g)}else if(l.encoding==="DELTA_LENGTH_BYTE_ARRAY"){g=new Array(A);deltaLengthByteArray(v,A,g)}else if(l.encoding==="DELTA_BYTE_ARRAY"){g=new Array(A);deltaByteArray(v,A,g)}else if(l.encoding==="BYTE_STREAM_SPLIT"){g=byteStreamSplit(v,A,s,o.type_length)}else{throw new Error(`parquet unsupported encoding: ${l.encoding}`)}return{definitionLevels:d,repetitionLevels:u,dataPage:g}}function readRepetitionLevelsV2(e,t,n){const r=getMaxRepetitionLevel(n);if(!r)return[];const i=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(r),i,t.repetition_levels_byte_length);return i}function readDefinitionLevelsV2(e,t,n){const r=getMaxDefinitionLevel(n);if(r){const n=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(r),n,t.definition_levels_byte_length);return n}}function bitWidth(e){return 32-Math.clz32(e)}function readColumn(e,{groupStart:t,selectStart:n,selectEnd:r},i,s){const{pathInSchema:o,schemaPath:a}=i;const f=isFlatColumn(a);const c=[];let l=undefined;let u=undefined;let d=0;let h=0;const p=s&&(()=>{u&&s({pathInSchema:o,columnData:u,rowStart:t+d-u.length,rowEnd:t+d})});while(f?d<r:e.offset<e.view.byteLength-1){if(e.offset>=e.view.byteLength-1)break;const t=parquetHeader(e);if(t.type==="DICTIONARY_PAGE"){const{data:n}=readPage(e,t,i,l,undefined,0);if(n)l=convert(n,i)}else{const r=u?.length||0;const s=readPage(e,t,i,l,u,n-d);if(s.skipped){if(!c.length){h+=s.skipped}d+=s.skipped}else if(s.data&&u===s.data){d+=s.data.length-r}else if(s.data&&s.data.length){p?.();c.push(s.data);d+=s.data.length;u=s.data}}}p?.();return{data:c,skipped:h}}function readPage(e,t,n,r,i,s){const{type:o,element:a,schemaPath:f,codec:c,compressors:l}=n;const u=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t.compressed_page_size);e.offset+=t.compressed_page_size;if(t.type==="DATA_PAGE"){const e=t.data_page_header;if(!e)throw new Error("parquet data page header is undefined");if(s>e.num_values&&isFlatColumn(f)){return{skipped:e.num_values}}const o=decompressPage(u,Number(t.uncompressed_page_size),c,l);const{definitionLevels:a,repetitionLevels:d,dataPage:h}=readDataPage(o,e,n);const p=convertWithDictionary(h,r,e.encoding,n);const m=Array.isArray(i)?i:[];const v=assembleLists(m,a,d,p,f);return{skipped:0,data:v}}else if(t.type==="DATA_PAGE_V2"){const e=t.data_page_header_v2;if(!e)throw new Error("parquet data page header v2 is undefined");if(s>e.num_rows){return{skipped:e.num_rows}}const{definitionLevels:o,repetitionLevels:a,dataPage:c}=readDataPageV2(u,t,n);const l=convertWithDictionary(c,r,e.encoding,n);const d=Array.isArray(i)?i:[];const h=assembleLists(d,o,a,l,f);return{skipped:0,data:h}}else if(t.type==="DICTIONARY_PAGE"){const e=t.dictionary_page_header;if(!e)throw new Error("parquet dictionary page header is undefined");const n=decompressPage(u,Number(t.uncompressed_page_size),c,l);const r={view:new DataView(n.buffer,n.byteOffset,n.byteLength),offset:0};const i=readPlain(r,o,e.num_values,a.type_length);return{skipped:0,data:i}}else{throw new Error(`parquet unsupported page type: ${t.type}`)}}function parquetHeader(e){const t=deserializeTCompactProtocol(e);const n=ze[t.field_1];const r=t.field_2;const i=t.field_3;const s=t.field_4;const o=t.field_5&&{num_values:t.field_5.field_1,encoding:Ge[t.field_5.field_2],definition_level_encoding:Ge[t.field_5.field_3],repetition_level_encoding:Ge[t.field_5.field_4],statistics:pageStatistics(t.field_5.field_5)};const a=t.field_6;const f=t.field_7&&{num_values:t.field_7.field_1,encoding:Ge[t.field_7.field_2],is_sorted:t.field_7.field_3};const c=t.field_8&&{num_values:t.field_8.field_1,num_nulls:t.field_8.field_2,num_rows:t.field_8.field_3,encoding:Ge[t.field_8.field_4],definition_levels_byte_length:t.field_8.field_5,repetition_levels_byte_length:t.field_8.field_6,is_compressed:t.field_8.field_7===undefined?true:t.field_8.field_7,statistics:pageStatistics(t.field_8.field_8)};return{type:n,uncompressed_page_size:r,compressed_page_size:i,crc:s,data_page_header:o,index_page_header:a,dictionary_page_header:f,data_page_header_v2:c}}function pageStatistics(e){return e&&{max:e.field_1,min:e.field_2,null_count:e.field_3,distinct_count:e.field_4,max_value:e.field_5,min_value:e.field_6,is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function readColumnIndex(e,t,n=undefined){const r={...Ze,...n};const i=deserializeTCompactProtocol(e);return{null_pages:i.field_1,min_values:i.field_2.map(e=>convertMetadata(e,t,r)),max_values:i.field_3.map(e=>convertMetadata(e,t,r)),boundary_order:Ye[i.field_4],null_counts:i.field_5,repetition_level_histograms:i.field_6,definition_level_histograms:i.field_7}}function readOffsetIndex(e){const t=deserializeTCompactProtocol(e);return{page_locations:t.field_1.map(e=>({offset:e.field_1,compressed_page_size:e.field_2,first_row_index:e.field_3})),unencoded_byte_array_data_bytes:t.field_2}}function readRowGroup(e,{metadata:t},n){const r=[];const i=metadata_parquetSchema(t);for(const t of n.chunks){const{path_in_schema:s}=t.columnMetadata;const o=getTreePath(i,s);const a={pathInSchema:s,element:o[o.length-1].element,schemaPath:o,...e,...t.columnMetadata,parsers:{...Ze,...e.parsers}};const{startByte:f,endByte:c}=t.range;if("pageLocations"in t){r.push({pathInSchema:s,data:readSelectedPages(e,n,t,t.pageLocations,a)})}else if("offsetIndex"in t){r.push({pathInSchema:s,data:Promise.resolve(e.file.slice(t.offsetIndex.startByte,t.offsetIndex.endByte)).then(r=>{const i=readOffsetIndex({view:new DataView(r),offset:0}).page_locations;return readSelectedPages(e,n,t,i,a)})})}else{r.push({pathInSchema:s,data:Promise.resolve(e.file.slice(f,c)).then(t=>{const r={view:new DataView(t),offset:0};return readColumn(r,n,a,e.onPage)})})}}return{groupStart:n.groupStart,groupRows:n.groupRows,selectStart:n.selectStart,selectEnd:n.selectEnd,asyncColumns:r}}async function readSelectedPages(e,t,n,r,i){const{data_page_offset:s,dictionary_page_offset:o}=n.columnMetadata;const{selectStart:a,selectEnd:f}=t;let{startByte:c,endByte:l}=n.range;let u=-1;const d=o||s<r[0].offset;for(let e=0;e<r.length;e++){const n=r[e];const i=Number(n.first_row_index);const s=e+1<r.length?Number(r[e+1].first_row_index):t.groupRows;if(u<0&&s>a){c=Number(n.offset);u=i}if(i<f){l=Number(n.offset)+n.compressed_page_size}}if(u<0)u=0;let h;if(d&&u){const t=Number(r[0].offset)-n.range.startByte;const[i,s]=await Promise.all([e.file.slice(n.range.startByte,Number(r[0].offset)),e.file.slice(c,l)]);const o=new Uint8Array(t+s.byteLength);o.set(new Uint8Array(i,0,t));o.set(new Uint8Array(s),t);h=new DataView(o.buffer)}else if(d){h=new DataView(await e.file.slice(n.range.startByte,l))}else{h=new DataView(await e.file.slice(c,l))}const p={view:h,offset:0};const m=u?{...t,groupStart:t.groupStart+u,selectStart:t.selectStart-u,selectEnd:t.selectEnd-u}:t;const{data:v,skipped:g}=readColumn(p,m,i,e.onPage);return{data:v,skipped:u+g}}async function asyncGroupToRows({asyncColumns:e},t,n,r,i){const s=await Promise.all(e.map(e=>e.data.then(({skipped:e,data:t})=>({skipped:e,data:utils_flatten(t)}))));const o=n-t;if(i==="object"){const n=Array(o);for(let r=0;r<o;r++){const i={};for(let n=0;n<e.length;n++){const{data:o,skipped:a}=s[n];i[e[n].pathInSchema[0]]=o[t+r-a]}n[r]=i}return n}const a=e.map(e=>e.pathInSchema[0]).filter(e=>!r||r.includes(e));const f=r??a;const c=f.map(t=>e.findIndex(e=>e.pathInSchema[0]===t));const l=Array(o);for(let n=0;n<o;n++){const r=Array(e.length);for(let e=0;e<f.length;e++){const i=c[e];if(i<0)throw new Error(`parquet column not found: ${f[e]}`);const{data:o,skipped:a}=s[i];r[e]=o[t+n-a]}l[n]=r}return l}function rowgroup_assembleAsync(e,t,n){const{asyncColumns:r}=e;const i={...Ze,...n};const s=[];for(const n of t.children){if(n.children.length){const t=r.filter(e=>e.pathInSchema[0]===n.element.name);if(!t.length)continue;s.push({pathInSchema:n.path,data:(async()=>{const r=await Promise.all(t.map(e=>e.data));const s=new Map;const o=r.map(({data:e})=>utils_flatten(e));const a=Math.max(e.selectStart??0,...r.map(e=>e.skipped));const f=Math.min(e.selectEnd??Infinity,...r.map((e,t)=>e.skipped+o[t].length));for(let e=0;e<t.length;e++){const n=a-r[e].skipped;const i=Math.max(0,f-a);s.set(t[e].pathInSchema.join("."),o[e].slice(n,n+i))}assembleNested(s,n,i);const c=s.get(n.element.name);if(!c)throw new Error("parquet column data not assembled");return{data:[c],skipped:a}})()})}else{const e=r.find(e=>e.pathInSchema[0]===n.element.name);if(e)s.push(e)}}return{...e,asyncColumns:s}}const yt=1<<21;const bt=1<<13;function plan_parquetPlan(e){const{metadata:t,rowStart:n=0,columns:r,useOffsetIndex:i=false}=e;if(!t)throw new Error("parquetPlan requires metadata");const s=[];const o=[];const a=[];const f=plan_parquetPlanGroups(e);for(const e of f.groups){const t=plan_parquetPlanGroup({...e,columns:r,useOffsetIndex:i});s.push(...t.groups);o.push(...t.fetches);a.push(...t.indexes)}o.push(...a);return{metadata:t,rowStart:n,rowEnd:f.rowEnd,columns:r,fetches:o,groups:s}}function plan_parquetPlanGroups({metadata:e,rowStart:t=0,rowEnd:n=Infinity,columns:r,filter:i,filterStrict:s=true,bloomFiltersByGroup:o,schemaElements:a,pageRangesByGroup:f,pageLocationsByGroup:c}){if(!e)throw new Error("parquetPlan requires metadata");const l=metadata_parquetSchema(e);const u=getPhysicalColumns(l);const d=i?{...physicalSchemaElements(l),...a}:a;const h=[];let p=0;for(let a=0;a<e.row_groups.length;a++){const l=e.row_groups[a];const m=Number(l.num_rows);const v=p+m;if(m>0&&v>t&&p<n&&!canSkipRowGroup({rowGroup:l,physicalColumns:u,filter:i,strict:s,bloomFilters:o?.[a],schemaElements:d})){const e=Math.max(t-p,0);const i=Math.min(n-p,m);const s=f?.[a];const o=c?.[a];let u=s?s.map(([t,n])=>{const r=[Math.max(t,e),Math.min(n,i)];return r}).filter(([e,t])=>e<t):[[e,i]];if(u.length>1){const e=l.columns.every(e=>{const t=e.meta_data?.path_in_schema[0];const n=e.meta_data?.path_in_schema.join(".");if(r&&t&&!r.includes(t))return true;return!!(e.offset_index_offset&&e.offset_index_length)||!!(n&&o?.[n])});u=e?coalesceOverlappingPageRanges(u,l,r,o):[[u[0][0],u[u.length-1][1]]]}if(u.length){h.push({rowGroup:l,groupIndex:a,groupStart:p,groupRows:m,ranges:u,pageRanges:s,pageLocations:o})}}p=v}return{groups:h,rowEnd:isFinite(n)?n:p}}function plan_parquetPlanGroup({rowGroup:e,groupStart:t,groupRows:n,ranges:r,columns:i,useOffsetIndex:s=false,pageRanges:o,pageLocations:a}){const f=[];const c=[];const l=[];const u=r.length>1||r[0][0]>0||r[0][1]<n;for(const t of e.columns){const e=t.meta_data;if(t.file_path)throw new Error("parquet file_path not supported");if(!e)throw new Error("parquet column metadata is undefined");if(i&&!i.includes(e.path_in_schema[0]))continue;const n=e.dictionary_page_offset||e.data_page_offset;const r=Number(n);const c=Number(n+e.total_compressed_size);const l=a?.[e.path_in_schema.join(".")];if(l&&u){f.push({columnMetadata:e,pageLocations:l,range:{startByte:r,endByte:c}})}else if((s||o)&&t.offset_index_offset&&t.offset_index_length&&u){const r=Number(t.offset_index_offset);f.push({columnMetadata:e,offsetIndex:{startByte:r,endByte:r+t.offset_index_length},range:{startByte:Number(n),endByte:c}})}else{f.push({columnMetadata:e,range:{startByte:r,endByte:c}})}}const d=[];let h;for(const e of f){if("pageLocations"in e)continue;if("offsetIndex"in e){l.push(e.offsetIndex)}else if(i){d.push(e.range)}else if(h&&e.range.endByte-h.startByte<=yt){h.endByte=e.range.endByte}else{if(h)c.push(h);h={...e.range}}}if(h)c.push(h);c.push(...coalesceByteRanges(d,bt,yt));const p=r.map(([r,i])=>({chunks:f,rowGroup:e,groupStart:t,groupRows:n,selectStart:r,selectEnd:i}));return{groups:p,fetches:c,indexes:l}}function coalesceOverlappingPageRanges(e,t,n,r){const i=t.columns.filter(e=>!n||n.includes(e.meta_data?.path_in_schema[0]||"")).map(e=>r?.[e.meta_data?.path_in_schema.join(".")||""]);const s=[];for(const n of e){const e=s[s.length-1];const r=e&&i.some(r=>{if(!r)return true;const i=pagesForRange(e,r,Number(t.num_rows));const s=pagesForRange(n,r,Number(t.num_rows));return i[0]<=s[1]&&s[0]<=i[1]});if(e&&r)e[1]=n[1];else s.push([...n])}return s}function pagesForRange([e,t],n,r){let i=Infinity;let s=-Infinity;for(let o=0;o<n.length;o++){const a=Number(n[o].first_row_index);const f=o+1<n.length?Number(n[o+1].first_row_index):r;if(f>e&&a<t){i=Math.min(i,o);s=o}}return[i,s]}async function prefetchBloomFilters({file:e,metadata:t,filter:n,filterStrict:r=true}){const i=t.row_groups.map(()=>({}));const s=bloomEligibleColumns(n);if(s.size===0)return i;const o=getPhysicalColumns(metadata_parquetSchema(t));const a=[];t.row_groups.forEach((t,f)=>{if(canSkipRowGroup({rowGroup:t,physicalColumns:o,filter:n,strict:r}))return;for(const n of s){const r=o.indexOf(n);if(r===-1)continue;const s=t.columns[r]?.meta_data;if(!s?.bloom_filter_offset||!s.bloom_filter_length)continue;const c=Number(s.bloom_filter_offset);const l=c+s.bloom_filter_length;a.push((async()=>{const t=await e.slice(c,l);const r=readBloomFilter({view:new DataView(t),offset:0});if(r)i[f][n]=r})())}});if(a.length)await Promise.all(a);return i}async function prefetchPageIndexes({file:e,metadata:t,filter:n,filterStrict:r=true,rowStart:i=0,rowEnd:s=Infinity,columns:o,bloomFiltersByGroup:a,schemaElements:f,parsers:c}){const l=t.row_groups.map(()=>undefined);const u=t.row_groups.map(()=>({}));if(n&&"$nor"in n&&Array.isArray(n.$nor)){return{pageRangesByGroup:l,pageLocationsByGroup:u}}const d=pathsNeededForFilter(n);if(!d.length)return{pageRangesByGroup:l,pageLocationsByGroup:u};const h=metadata_parquetSchema(t);const p=getPhysicalColumns(h);const m={...physicalSchemaElements(h),...f};const v=[];const g=[];const A=[];let w=0;t.row_groups.forEach((e,t)=>{const f=Number(e.num_rows);const l=w+f;const h=f>0&&l>i&&w<s;w=l;if(!h)return;if(canSkipRowGroup({rowGroup:e,physicalColumns:p,filter:n,strict:r,bloomFilters:a?.[t],schemaElements:m}))return;const b={};let I=0;const x=new Set;let E=false;for(const n of d){const r=p.indexOf(n);if(r===-1)continue;const i=e.columns[r];const s=i?.meta_data;if(!s)continue;if(!i.column_index_offset||!i.column_index_length)continue;if(!i.offset_index_offset||!i.offset_index_length)continue;const o=m[n];if(!o)continue;E=true;x.add(n);const a=Number(i.column_index_offset);const f=Number(i.offset_index_offset);const l=a+i.column_index_length;const d=f+i.offset_index_length;v.push({startByte:a,endByte:l},{startByte:f,endByte:d});I++;g.push(async e=>{const[r,i]=await Promise.all([e.slice(a,l),e.slice(f,d)]);const s=readColumnIndex({view:new DataView(r),offset:0},o,c);const h=readOffsetIndex({view:new DataView(i),offset:0});u[t][n]=h.page_locations;b[n]={minValues:s.min_values,maxValues:s.max_values,nullPages:s.null_pages,nullCounts:s.null_counts,pageStarts:h.page_locations.map(e=>Number(e.first_row_index)),element:o}})}if(E){for(const n of e.columns){const e=n.meta_data;if(!e)continue;const r=e.path_in_schema[0];const i=e.path_in_schema.join(".");if(o&&!o.includes(r))continue;if(x.has(i))continue;if(!n.offset_index_offset||!n.offset_index_length)continue;x.add(i);const s=Number(n.offset_index_offset);const a=s+n.offset_index_length;v.push({startByte:s,endByte:a});I++;g.push(async e=>{const n=await e.slice(s,a);const r=readOffsetIndex({view:new DataView(n),offset:0});u[t][i]=r.page_locations})}}if(I){A.push({rgIdx:t,groupRows:f,columnPages:b})}});if(g.length){const t=prefetchAsyncBuffer(e,{fetches:coalesceByteRanges(v)});await Promise.all(g.map(e=>e(t)));for(const{rgIdx:e,groupRows:t,columnPages:i}of A){l[e]=filterPageRanges(n,i,t,r)}}return{pageRangesByGroup:l,pageLocationsByGroup:u}}function coalesceByteRanges(e,t=0,n=Infinity){const r=e.map(e=>({...e})).sort((e,t)=>e.startByte-t.startByte||e.endByte-t.endByte);const i=[];for(const e of r){const r=i[i.length-1];if(r&&e.startByte<=r.endByte+t&&Math.max(r.endByte,e.endByte)-r.startByte<=n){r.endByte=Math.max(r.endByte,e.endByte)}else{i.push(e)}}return i}function physicalSchemaElements(e){const t={};function traverse(e){if(e.children.length){for(const t of e.children)traverse(t)}else{t[e.path.join(".")]=e.element}}traverse(e);return t}function prefetchAsyncBuffer(e,{fetches:t}){const n=t.map(({startByte:t,endByte:n})=>e.slice(t,n));return{byteLength:e.byteLength,slice(r,i=e.byteLength){const s=t.findIndex(({startByte:e,endByte:t})=>e<=r&&i<=t);if(s<0){return e.slice(r,i)}if(t[s].startByte!==r||t[s].endByte!==i){const e=r-t[s].startByte;const o=i-t[s].startByte;if(n[s]instanceof Promise){return n[s].then(t=>t.slice(e,o))}else{return n[s].slice(e,o)}}else{return n[s]}}}}async function parquetScan(e){e.metadata??=await parquetMetadataAsync(e.file,e);const{pruningFilter:t,...n}=e;let{columns:r}=n;if(r&&t){const e=new Set(r);const n=columnsNeededForFilter(t).filter(t=>!e.has(t));if(n.length)r=[...r,...n]}const i=await prepareParquetOptions({...n,columns:r,filter:t,useOffsetIndex:n.useOffsetIndex??true});const{metadata:s}=i;if(!s)throw new Error("parquet requires metadata");const o=parquetSchema(s);const a=new Set(r??o.children.map(e=>e.element.name));const f=parquetPlanGroups(i);const c=f.groups.flatMap(e=>e.ranges.map(([t,n])=>({rowStart:e.groupStart+t,rowEnd:e.groupStart+n,group:e})));const l=c.map(({rowStart:e,rowEnd:t})=>({rowStart:e,rowEnd:t}));const u=new Map;function readColumn({column:e,rowStart:t,rowEnd:n}){if(!a.has(e)){throw new Error(`parquet column not found in scan: ${e}`)}validateRange(t,n);if(t===n)return Promise.resolve([]);const r=findCandidate(c,t,n);if(r<0){throw new RangeError(`parquet row range [${t}, ${n}) is outside scan ranges`)}const{group:s}=c[r];const f=u.get(e);if(f&&t>=f.rowStart&&n<=f.rowEnd){return f.data.then(e=>sliceDecodedArray(e,t-f.rowStart,n-f.rowStart))}const l=readColumnRange({options:i,schemaTree:o,group:s,column:e,rowStart:t,rowEnd:n});u.set(e,{rowStart:t,rowEnd:n,data:l});return l}return{metadata:s,ranges:l,readColumn:readColumn}}async function scan_prepareParquetRead(e){const t=await prepareParquetOptions(e);return{options:t,plan:plan_parquetPlan(t)}}async function prepareParquetOptions(e){const t=e.metadata??await metadata_parquetMetadataAsync(e.file,e);const n=metadata_parquetSchema(t).children.map(e=>e.element.name);const r=filter_columnsNeededForFilter(e.filter);const i=r.filter(e=>!n.includes(e));if(i.length){throw new Error(`parquet filter columns not found: ${i.join(", ")}`)}if(e.columns){const t=e.columns.filter(e=>!n.includes(e));if(t.length)throw new Error(`parquet column not found: ${t[0]}`)}let s={...e,metadata:t};s=await withBloomFilters(s);s=await withPageIndexes(s);return s}function scan_readParquetPlan(e,t){const n={...e,file:prefetchAsyncBuffer(e.file,t)};return t.groups.map(e=>readRowGroup(n,t,e))}async function readColumnRange({options:e,schemaTree:t,group:n,column:r,rowStart:i,rowEnd:s}){const o={...e,columns:[r],filter:undefined,rowStart:i,rowEnd:s,useBloomFilters:false,useOffsetIndex:e.useOffsetIndex??true,usePageIndex:false,pageRangesByGroup:undefined};const a=planCandidateColumn({options:e,group:n,column:r,rowStart:i,rowEnd:s});const[f]=scan_readParquetPlan(o,a);if(!f)throw new Error("parquet scan range not planned");const c=assembleAsync(f,t,e.parsers);const l=c.asyncColumns.find(e=>e.pathInSchema[0]===r);if(!l)throw new Error(`parquet column not found: ${r}`);const u=await l.data;const d=flatten(u.data);const h=c.selectStart??i-c.groupStart;const p=c.selectEnd??s-c.groupStart;return sliceDecodedArray(d,h-u.skipped,p-u.skipped)}function planCandidateColumn({options:e,group:t,column:n,rowStart:r,rowEnd:i}){if(!e.metadata)throw new Error("parquet requires metadata");const s=parquetPlanGroup({rowGroup:t.rowGroup,groupStart:t.groupStart,groupRows:t.groupRows,ranges:[[r-t.groupStart,i-t.groupStart]],columns:[n],useOffsetIndex:e.useOffsetIndex??true,pageLocations:t.pageLocations});const[o]=s.groups;if(!o)throw new Error(`parquet column not found: ${n}`);return{metadata:e.metadata,rowStart:r,rowEnd:i,columns:[n],fetches:[...s.fetches,...s.indexes],groups:[o]}}function findCandidate(e,t,n){let r=0;let i=e.length-1;while(r<=i){const s=Math.floor((r+i)/2);const o=e[s];if(t<o.rowStart){i=s-1}else if(t>=o.rowEnd){r=s+1}else{return n<=o.rowEnd?s:-1}}return-1}function validateRange(e,t){if(!Number.isSafeInteger(e)||e<0){throw new RangeError("parquet rowStart must be a non-negative safe integer")}if(!Number.isSafeInteger(t)||t<e){throw new RangeError("parquet rowEnd must be a safe integer greater than or equal to rowStart")}}function sliceDecodedArray(e,t,n){if(t===0&&n===e.length)return e;return Array.isArray(e)?e.slice(t,n):e.subarray(t,n)}async function withBloomFilters(e){if(!e.useBloomFilters||!e.filter||!e.metadata)return e;const t=metadata_parquetSchema(e.metadata);const n={};for(const e of t.children)n[e.element.name]=e.element;const r=await prefetchBloomFilters({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict});return{...e,bloomFiltersByGroup:r,schemaElements:n}}async function withPageIndexes(e){if(!e.usePageIndex||!e.filter||!e.metadata)return e;const{pageRangesByGroup:t,pageLocationsByGroup:n}=await prefetchPageIndexes({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict,rowStart:e.rowStart,rowEnd:e.rowEnd,columns:e.columns,bloomFiltersByGroup:e.bloomFiltersByGroup,schemaElements:e.schemaElements,parsers:e.parsers});return{...e,pageRangesByGroup:t,pageLocationsByGroup:n}}const It=Symbol("rowIndex");async function parquetRead(e){e.metadata??=await metadata_parquetMetadataAsync(e.file,e);const{rowStart:t=0,rowEnd:n,columns:r,onChunk:i,onComplete:s,rowFormat:o,filter:a,filterStrict:f=true}=e;if(a&&o!=="object"){throw new Error('parquet filter requires rowFormat: "object"')}if(e.includeRowIndex&&o!=="object"){throw new Error('parquet includeRowIndex requires rowFormat: "object"')}const c=filter_columnsNeededForFilter(a);let l=r;if(r&&c.length){const e=new Set(r);const t=c.filter(t=>!e.has(t));if(t.length)l=[...r,...t]}const u=l===r?e:{...e,columns:l};const d=await scan_prepareParquetRead(u);const h=d.options;const p=l!==r;const m=scan_readParquetPlan(h,d.plan);if(!s&&!i){await awaitAllColumns(m);return}if(!h.metadata)throw new Error("parquet requires metadata");const v=metadata_parquetSchema(h.metadata);const g=m.map(t=>rowgroup_assembleAsync(t,v,e.parsers));if(i){for(const e of g){for(const t of e.asyncColumns){t.data.then(({data:n,skipped:r})=>{let s=e.groupStart+r;for(const e of n){i({columnName:t.pathInSchema[0],columnData:e,rowStart:s,rowEnd:s+e.length});s+=e.length}},()=>{})}}}if(s){await awaitAllColumns(g);const i=[];for(const s of g){const u=s.selectStart??Math.max(t-s.groupStart,0);const d=s.selectEnd??Math.min((n??Infinity)-s.groupStart,s.groupRows);const h=o==="object"?await asyncGroupToRows(s,u,d,l,"object"):await asyncGroupToRows(s,u,d,r,"array");if(e.includeRowIndex){for(let e=0;e<h.length;e++){Object.defineProperty(h[e],It,{value:s.groupStart+u+e})}}if(a){for(const e of h){if(matchFilter(e,a,f)){if(p&&r){for(const t of c){if(!r.includes(t))delete e[t]}}i.push(e)}}}else{utils_concat(i,h)}}s(i)}else{await awaitAllColumns(g)}}async function awaitAllColumns(e){const t=e.flatMap(e=>e.asyncColumns.map(e=>e.data));const n=await Promise.allSettled(t);const r=n.find(e=>e.status==="rejected");if(r)throw r.reason}function parquetReadAsync(e){if(!e.metadata)throw new Error("parquet requires metadata");return readParquetPlan(e,parquetPlan(e))}async function parquetReadColumn(e){if(e.columns?.length!==1){throw new Error("parquetReadColumn expected columns: [columnName]")}e.metadata??=await parquetMetadataAsync(e.file,e);const t=e.columns[0];const n=await prepareParquetRead(e);const r=readParquetPlan(n.options,n.plan);if(!n.options.metadata)throw new Error("parquet requires metadata");const i=parquetSchema(n.options.metadata);const s=r.map(t=>assembleAsync(t,i,e.parsers));await awaitAllColumns(s);const o=[];for(const e of s){const n=e.asyncColumns.find(e=>e.pathInSchema[0]===t);if(!n)throw new Error(`parquet column not found: ${t}`);const{data:r}=await n.data;for(const e of r)concat(o,e)}return o}function parquetReadObjects(e){return new Promise((t,n)=>{parquetRead({...e,rowFormat:"object",onComplete:t}).catch(n)})}const xt=4096;const Et=2*xt+32;const Bt=2*xt-1;const Ct=new Uint32Array([0,1,3,7,15,31,63,127,255,511,1023,2047,4095,8191,16383,32767,65535,131071,262143,524287,1048575,2097151,4194303,8388607,16777215]);class BrotliBitReader{constructor(e){this.buf_=new Uint8Array(Et);this.input_=e;this.buf_ptr_=0;this.val_=0;this.pos_=0;this.bit_pos_=0;this.bit_end_pos_=0;this.eos_=0;this.reset()}static READ_SIZE=xt;static IBUF_MASK=Bt;reset(){this.buf_ptr_=0;this.val_=0;this.pos_=0;this.bit_pos_=0;this.bit_end_pos_=0;this.eos_=0;this.readMoreInput();for(let e=0;e<4;e++){this.val_|=this.buf_[this.pos_]<<8*e;this.pos_++}return this.bit_end_pos_>0}readMoreInput(){if(this.bit_end_pos_>256){}else if(this.eos_){if(this.bit_pos_>this.bit_end_pos_)throw new Error("Unexpected end of input "+this.bit_pos_+" "+this.bit_end_pos_)}else{const e=this.buf_ptr_;const t=this.input_.read(this.buf_,e,xt);if(t<0){throw new Error("Unexpected end of input")}if(t<xt){this.eos_=1;for(let n=0;n<32;n++)this.buf_[e+t+n]=0}if(e===0){for(let e=0;e<32;e++)this.buf_[(xt<<1)+e]=this.buf_[e];this.buf_ptr_=xt}else{this.buf_ptr_=0}this.bit_end_pos_+=t<<3}}fillBitWindow(){while(this.bit_pos_>=8){this.val_>>>=8;this.val_|=this.buf_[this.pos_&Bt]<<24;this.pos_++;this.bit_pos_=this.bit_pos_-8>>>0;this.bit_end_pos_=this.bit_end_pos_-8>>>0}}readBits(e){if(32-this.bit_pos_<e)this.fillBitWindow();const t=this.val_>>>this.bit_pos_&Ct[e];this.bit_pos_+=e;return t}}const St=8;const Nt=8;const Tt=255;const Qt=18;const Mt=new Uint8Array([1,2,3,4,0,5,17,6,16,7,8,9,10,11,12,13,14,15]);const Ft=new Uint16Array([256,402,436,468,500,534,566,598,630,662,694,726,758,790,822,854,886,920,952,984,1016,1048,1080]);class HuffmanCode{constructor(e,t){this.bits=e;this.value=t}}const kt=16;const Rt=15;function getNextKey(e,t){let n=1<<t-1;while(e&n){n>>=1}return(e&n-1)+n}function replicateValue(e,t,n,r,i){do{r-=n;e[t+r]=new HuffmanCode(i.bits,i.value)}while(r>0)}function nextTableBitSize(e,t,n){let r=1<<t-n;while(t<Rt){r-=e[t];if(r<=0)break;++t;r<<=1}return t-n}function buildHuffmanTable(e,t,n,r,i){const s=t;const o=new Int32Array(Rt+1);const a=new Int32Array(Rt+1);const f=new Int32Array(i);for(let e=0;e<i;e++){o[r[e]]++}a[1]=0;for(let e=1;e<Rt;e++){a[e+1]=a[e]+o[e]}for(let e=0;e<i;e++){if(r[e]!==0){f[a[r[e]]++]=e}}let c=n;let l=1<<c;let u=l;if(a[Rt]===1){for(let n=0;n<u;++n){e[t+n]=new HuffmanCode(0,f[0]&65535)}return u}let d=0;let h=0;for(let r=1,i=2;r<=n;++r,i<<=1){for(;o[r]>0;--o[r]){const n=new HuffmanCode(r&255,f[h++]&65535);replicateValue(e,t+d,i,l,n);d=getNextKey(d,r)}}const p=u-1;let m=-1;for(let r=n+1,i=2;r<=Rt;++r,i<<=1){for(;o[r]>0;--o[r]){if((d&p)!==m){t+=l;c=nextTableBitSize(o,r,n);l=1<<c;u+=l;m=d&p;e[s+m]=new HuffmanCode(c+n&255,t-s-m&65535)}const a=new HuffmanCode(r-n&255,f[h++]&65535);replicateValue(e,t+(d>>n),i,l,a);d=getNextKey(d,r)}}return u}function readHuffmanCode(e,t,n,r){const i=new Uint8Array(e);r.readMoreInput();const s=r.readBits(2);if(s===1){let t=e-1;let n=0;const s=new Int32Array(4);const o=r.readBits(2)+1;while(t){t>>=1;n++}for(let t=0;t<o;t++){s[t]=r.readBits(n)%e;i[s[t]]=2}i[s[0]]=1;switch(o){case 1:break;case 3:if(s[0]===s[1]||s[0]===s[2]||s[1]===s[2]){throw new Error("[ReadHuffmanCode] invalid symbols")}break;case 2:if(s[0]===s[1]){throw new Error("[ReadHuffmanCode] invalid symbols")}i[s[1]]=1;break;case 4:if(s[0]===s[1]||s[0]===s[2]||s[0]===s[3]||s[1]===s[2]||s[1]===s[3]||s[2]===s[3]){throw new Error("[ReadHuffmanCode] invalid symbols")}if(r.readBits(1)){i[s[2]]=3;i[s[3]]=3}else{i[s[0]]=2}break}}else{const t=new Uint8Array(Qt);let n=32;let o=0;const a=[new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(3,2),new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(4,1),new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(3,2),new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(4,5)];for(let e=s;e<Qt&&n>0;e++){const i=Mt[e];let s=0;r.fillBitWindow();s+=r.val_>>>r.bit_pos_&15;r.bit_pos_+=a[s].bits;const f=a[s].value;t[i]=f;if(f!==0){n-=32>>f;o++}}if(!(o===1||n===0))throw new Error("[ReadHuffmanCode] invalid num_codes or space");readHuffmanCodeLengths(t,e,i,r)}const o=buildHuffmanTable(t,n,Nt,i,e);if(!o)throw new Error("brotli BuildHuffmanTable failed");return o}function readSymbol(e,t,n){n.fillBitWindow();t+=n.val_>>>n.bit_pos_&Tt;const r=e[t].bits-Nt;if(r>0){n.bit_pos_+=Nt;t+=e[t].value;t+=n.val_>>>n.bit_pos_&(1<<r)-1}n.bit_pos_+=e[t].bits;return e[t].value}function readHuffmanCodeLengths(e,t,n,r){let i=0;let s=St;let o=0;let a=0;let f=32768;const c=[];for(let e=0;e<32;e++)c.push(new HuffmanCode(0,0));buildHuffmanTable(c,0,5,e,Qt);while(i<t&&f>0){let e=0;r.readMoreInput();r.fillBitWindow();e+=r.val_>>>r.bit_pos_&31;r.bit_pos_+=c[e].bits;const l=c[e].value&255;if(l<kt){o=0;n[i++]=l;if(l!==0){s=l;f-=32768>>l}}else{const e=l-14;let c=0;if(l===kt){c=s}if(a!==c){o=0;a=c}const u=o;if(o>0){o-=2;o<<=e}o+=r.readBits(e)+3;const d=o-u;if(i+d>t){throw new Error("[ReadHuffmanCodeLengths] symbol + repeat_delta > num_symbols")}for(let e=0;e<d;e++)n[i+e]=a;i+=d;if(a!==0){f-=d<<15-a}}}if(f!==0){throw new Error("[ReadHuffmanCodeLengths] space = "+f)}for(;i<t;i++)n[i]=0}class HuffmanTreeGroup{constructor(e,t){this.alphabet_size=e;this.num_htrees=t;this.codes=new Array(t+t*Ft[e+31>>>5]);this.htrees=new Uint32Array(t)}decode(e){let t=0;for(let n=0;n<this.num_htrees;n++){this.htrees[n]=t;t+=readHuffmanCode(this.alphabet_size,this.codes,t,e)}}}function prefix([e,t]){return{offset:e,nbits:t}}const Ut=[[1,2],[5,2],[9,2],[13,2],[17,3],[25,3],[33,3],[41,3],[49,4],[65,4],[81,4],[97,4],[113,5],[145,5],[177,5],[209,5],[241,6],[305,6],[369,7],[497,8],[753,9],[1265,10],[2289,11],[4337,12],[8433,13],[16625,24]].map(prefix);const Lt=[[0,0],[1,0],[2,0],[3,0],[4,0],[5,0],[6,1],[8,1],[10,2],[14,2],[18,3],[26,3],[34,4],[50,4],[66,5],[98,5],[130,6],[194,7],[322,8],[578,9],[1090,10],[2114,12],[6210,14],[22594,24]].map(prefix);const Pt=[[2,0],[3,0],[4,0],[5,0],[6,0],[7,0],[8,0],[9,0],[10,1],[12,1],[14,2],[18,2],[22,3],[30,3],[38,4],[54,4],[70,5],[102,5],[134,6],[198,7],[326,8],[582,9],[1094,10],[2118,24]].map(prefix);const Dt=[0,0,8,8,0,16,8,16,16];const qt=[0,8,0,8,16,0,16,8,16];const Gt=1080;const Ot=new Uint8Array([0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,0,0,0,0]);const Vt=new Uint8Array([0,0,0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13,0,0]);function freb(e,t){const n=new Uint16Array(31);for(let r=0;r<31;r++){n[r]=t+=1<<e[r-1]}const r=new Int32Array(n[30]);for(let e=1;e<30;e++){for(let t=n[e];t<n[e+1];++t){r[t]=t-n[e]<<5|e}}return{base:n,rev:r}}const{base:Ht,rev:zt}=freb(Ot,2);Ht[28]=258;zt[258]=28;const{base:Yt}=freb(Vt,0);const Wt=new Uint16Array(32768);for(let e=0;e<32768;e++){let t=(e&43690)>>1|(e&21845)<<1;t=(t&52428)>>2|(t&13107)<<2;t=(t&61680)>>4|(t&3855)<<4;Wt[e]=((t&65280)>>8|(t&255)<<8)>>1}function huffMap(e,t,n){const r=new Uint16Array(t);for(let t=0;t<e.length;t++){if(e[t])++r[e[t]-1]}const i=new Uint16Array(t);for(let e=1;e<t;e++){i[e]=i[e-1]+r[e-1]<<1}let s;if(n){s=new Uint16Array(1<<t);const n=15-t;for(let r=0;r<e.length;r++){if(e[r]){const o=r<<4|e[r];const a=t-e[r];let f=i[e[r]-1]++<<a;for(const e=f|(1<<a)-1;f<=e;f++){s[Wt[f]>>n]=o}}}}else{s=new Uint16Array(e.length);for(let t=0;t<e.length;t++){if(e[t]){s[t]=Wt[i[e[t]-1]++]>>15-e[t]}}}return s}const jt=new Uint8Array(288);for(let e=0;e<144;e++)jt[e]=8;for(let e=144;e<256;e++)jt[e]=9;for(let e=256;e<280;e++)jt[e]=7;for(let e=280;e<288;e++)jt[e]=8;const Zt=new Uint8Array(32);for(let e=0;e<32;e++)Zt[e]=5;const Kt=huffMap(jt,9,1);const Jt=huffMap(Zt,5,1);function decodeBlockType(e,t,n,r,i,s,o){const a=n*2;const f=n;const c=readSymbol(t,n*Gt,o);let l;if(c===0){l=i[a+(s[f]&1)]}else if(c===1){l=i[a+(s[f]-1&1)]+1}else{l=c-2}if(l>=e){l-=e}r[n]=l;i[a+(s[f]&1)]=l;s[f]++}function decodeMetaBlockLength(e){const t={meta_block_length:0,input_end:0,is_uncompressed:0,is_metadata:false};t.input_end=e.readBits(1);if(t.input_end&&e.readBits(1)){return t}const n=e.readBits(2)+4;if(n===7){t.is_metadata=true;if(e.readBits(1)!==0)throw new Error("Invalid reserved bit");const n=e.readBits(2);if(n===0)return t;for(let r=0;r<n;r++){const i=e.readBits(8);if(r+1===n&&n>1&&i===0)throw new Error("Invalid size byte");t.meta_block_length|=i<<r*8}}else{for(let r=0;r<n;r++){const i=e.readBits(4);if(r+1===n&&n>4&&i===0)throw new Error("Invalid size nibble");t.meta_block_length|=i<<r*4}}t.meta_block_length++;if(!t.input_end&&!t.is_metadata){t.is_uncompressed=e.readBits(1)}return t}function copyUncompressedBlockToOutput(e,t,n,r,i,s){const o=i+1;let a=n&i;let f=s.pos_&BrotliBitReader.IBUF_MASK;if(t<8||s.bit_pos_+(t<<3)<s.bit_end_pos_){while(t-- >0){s.readMoreInput();r[a++]=s.readBits(8);if(a===o){e.write(r,o);a=0}}return}if(s.bit_end_pos_<32){throw new Error("copyUncompressedBlockToOutput: br.bit_end_pos_ < 32")}while(s.bit_pos_<32){r[a]=s.val_>>>s.bit_pos_;s.bit_pos_+=8;a++;t--}let c=s.bit_end_pos_-s.bit_pos_>>3;if(f+c>BrotliBitReader.IBUF_MASK){const e=BrotliBitReader.IBUF_MASK+1-f;for(let t=0;t<e;t++)r[a+t]=s.buf_[f+t];c-=e;a+=e;t-=e;f=0}for(let e=0;e<c;e++)r[a+e]=s.buf_[f+e];a+=c;t-=c;if(a>=o){e.write(r,o);a-=o;for(let e=0;e<a;e++)r[e]=r[o+e]}while(a+t>=o){c=o-a;if(s.input_.read(r,a,c)<c){throw new Error("copyUncompressedBlockToOutput: not enough bytes")}e.write(r,o);t-=c;a=0}if(s.input_.read(r,a,t)<t){throw new Error("copyUncompressedBlockToOutput: not enough bytes")}s.reset()}function decodeVarLenUint8(e){if(e.readBits(1)){const t=e.readBits(3);if(t===0){return 1}else{return e.readBits(t)+(1<<t)}}return 0}function decodeWindowBits(e){if(e.readBits(1)===0)return 16;let t=e.readBits(3);if(t>0)return 17+t;t=e.readBits(3);if(t>0)return 8+t;return 17}function jumpToByteBoundary(e){const t=e.bit_pos_+7&~7;return!e.readBits(t-e.bit_pos_)}function readBlockLength(e,t,n){const r=readSymbol(e,t,n);const{offset:i,nbits:s}=Ut[r];return i+n.readBits(s)}const Xt=new Uint8Array([0,0,0,0,0,0,0,0,0,4,4,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,12,16,12,12,20,12,16,24,28,12,12,32,12,36,12,44,44,44,44,44,44,44,44,44,44,32,32,24,40,28,12,12,48,52,52,52,48,52,52,52,48,52,52,52,52,52,48,52,52,52,52,52,48,52,52,52,52,52,24,12,28,12,12,12,56,60,60,60,56,60,60,60,56,60,60,60,60,60,56,60,60,60,60,60,56,60,60,60,60,60,24,12,28,12,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,0,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,56,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,6,6,6,6,7,7,7,7,8,8,8,8,9,9,9,9,10,10,10,10,11,11,11,11,12,12,12,12,13,13,13,13,14,14,14,14,15,15,15,15,16,16,16,16,17,17,17,17,18,18,18,18,19,19,19,19,20,20,20,20,21,21,21,21,22,22,22,22,23,23,23,23,24,24,24,24,25,25,25,25,26,26,26,26,27,27,27,27,28,28,28,28,29,29,29,29,30,30,30,30,31,31,31,31,32,32,32,32,33,33,33,33,34,34,34,34,35,35,35,35,36,36,36,36,37,37,37,37,38,38,38,38,39,39,39,39,40,40,40,40,41,41,41,41,42,42,42,42,43,43,43,43,44,44,44,44,45,45,45,45,46,46,46,46,47,47,47,47,48,48,48,48,49,49,49,49,50,50,50,50,51,51,51,51,52,52,52,52,53,53,53,53,54,54,54,54,55,55,55,55,56,56,56,56,57,57,57,57,58,58,58,58,59,59,59,59,60,60,60,60,61,61,61,61,62,62,62,62,63,63,63,63,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]);const _t=new Uint16Array([1024,1536,1280,1536,0,256,768,512]);function decodeContextMap(e,t){let n=0;t.readMoreInput();const r=decodeVarLenUint8(t)+1;const i=new Uint8Array(e);if(r<=1){return[r,i]}const s=t.readBits(1);if(s){n=t.readBits(4)+1}const o=[];for(let e=0;e<Gt;e++){o[e]=new HuffmanCode(0,0)}readHuffmanCode(r+n,o,0,t);for(let r=0;r<e;){t.readMoreInput();const s=readSymbol(o,0,t);if(s===0){i[r]=0;r++}else if(s<=n){let n=1+(1<<s)+t.readBits(s);while(--n){if(r>=e){throw new Error("[DecodeContextMap] i >= context_map_size")}i[r]=0;r++}}else{i[r]=s-n;r++}}if(t.readBits(1)){inverseMoveToFrontTransform(i,e)}return[r,i]}function moveToFront(e,t){const n=e[t];for(let n=t;n;n--)e[n]=e[n-1];e[0]=n}function inverseMoveToFrontTransform(e,t){const n=new Uint8Array(256);for(let e=0;e<256;e++){n[e]=e}for(let r=0;r<t;r++){const t=e[r];e[r]=n[t];if(t)moveToFront(n,t)}}class BrotliInput{constructor(e){this.buffer=e;this.pos=0}read(e,t,n){if(this.pos+n>this.buffer.length){n=this.buffer.length-this.pos}for(let r=0;r<n;r++)e[t+r]=this.buffer[this.pos+r];this.pos+=n;return n}}class BrotliOutput{constructor(e){this.buffer=e;this.pos=0}write(e,t){if(this.pos+t>this.buffer.length)throw new Error("brotli output buffer is not large enough");this.buffer.set(e.subarray(0,t),this.pos);this.pos+=t;return t}}const $t=new Uint8Array([16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15]);function bits(e,t,n){const r=t/8|0;return(e[r]|e[r+1]<<8)>>(t&7)&n}function bits16(e,t){const n=t/8|0;return(e[n]|e[n+1]<<8|e[n+2]<<16)>>(t&7)}function shft(e){return(e+7)/8|0}function gzipStart(e,t){if(e[t++]!==31||e[t++]!==139||e[t++]!==8)return 0;const n=e[t++];t+=6;if(n&4)t+=(e[t+10]|e[t+11]<<8)+2;for(let r=(n>>3&1)+(n>>4&1);r>0;r-=Number(!e[t++]));return t+(n&2)}function gzip_gunzip(e,t,n=0,r=0){let i=t??new Uint8Array(1024);if(!(e.length-n))return i;const s=gzipStart(e,n);if(s===e.length-8)return i;if(s>e.length-8)throw new Error("unexpected EOF");let o=s*8;let a=0;let f=0;let c=0;let l;let u;const d=e.length*8;function ensureSize(e){if(!t&&e>i.length){const t=i;i=new Uint8Array(Math.max(t.length*2,e));i.set(t)}}do{if(!l){a=bits(e,o,1);const t=bits(e,o+1,3);o+=3;if(!t){const t=shft(o)+4;const n=e[t-4]|e[t-3]<<8;const s=t+n;if(s>e.length)throw new Error("unexpected EOF");ensureSize(r+n);i.set(e.subarray(t,s),r);r+=n;o=s*8;continue}else if(t===1){l=Kt;u=Jt;f=9;c=5}else if(t===2){const t=bits(e,o,31)+257;const n=bits(e,o+10,15)+4;const r=t+bits(e,o+5,31)+1;o+=14;const i=new Uint8Array(r);const s=new Uint8Array(19);for(let t=0;t<n;++t){s[$t[t]]=bits(e,o+t*3,7)}o+=n*3;const a=Math.max(...s);const d=(1<<a)-1;const h=huffMap(s,a,1);for(let t=0;t<r;){const n=h[bits(e,o,d)];o+=n&15;const r=n>>4;if(r<16){i[t++]=r}else{let n=0;let s=0;if(r===16){s=3+bits(e,o,3);o+=2;n=i[t-1]}else if(r===17){s=3+bits(e,o,7);o+=3}else if(r===18){s=11+bits(e,o,127);o+=7}while(s--)i[t++]=n}}const p=i.subarray(0,t);const m=i.subarray(t);f=Math.max(...p);c=Math.max(...m);l=huffMap(p,f,1);u=huffMap(m,c,1)}else throw new Error("invalid block type");if(o>d)throw new Error("unexpected EOF")}ensureSize(r+131072);const t=(1<<f)-1;const n=(1<<c)-1;for(;;){const s=l[bits16(e,o)&t];const a=s>>4;o+=s&15;if(o>d)throw new Error("unexpected EOF");if(!s)throw new Error("invalid length/literal");if(a<256)i[r++]=a;else if(a===256){l=undefined;break}else{let t=a-254;if(a>264){const n=a-257;const r=Ot[n];t=bits(e,o,(1<<r)-1)+Ht[n];o+=r}if(!u)throw new Error("invalid distance map");const s=u[bits16(e,o)&n];const f=s>>4;if(!s)throw new Error("invalid distance");o+=s&15;let c=Yt[f];if(f>3){const t=Vt[f];c+=bits16(e,o)&(1<<t)-1;o+=t}if(o>d)throw new Error("unexpected EOF");const l=r+t;if(r<c)throw new Error("unexpected dictionary case");ensureSize(l);for(;r<l;r++)i[r]=i[r-c]}}if(l)a=1}while(!a);if(r<i.length){const t=Math.ceil(o/8)+8;gzip_gunzip(e,i,t,r)}if(!t)return i.subarray(0,r);return i}const en=`\nH4sIAAAAAAAAAzy96XIcx7Uu+tuI4DuU2meLxDbRAElNJgYHR0neGrgFyr7bPg5FdlV2dwHVVa3KKoBN\nSRHggIHgAFKcBc4zJQIgOGIggYjDF6D+kf8U56K6GxH3Ie73rYRsGRLQnZWVwxq+tXKtlYlf0V40GAZ+\nUQe6mBSU2+9GnvZUokw5GozCoGb8RLt+UouqOuxLTRL4/boYaz0Yxf2J3pfUtIqjAR0XIq8W4JdiFFcK\nUdRfDVQt8Ad04Ie6rINqOapo43u6EsV81guisJSUdWXA14NFP/SqqoT31kwxDYKyVl6i44pWblnFWhXj\nqJLEqa6ouF8VAp1Wo7Dsl8oYpw5U6IV60OgBHYYYj6uMLkRJuRqZJDXaqyhPl9GmrPHeskpCVdGf+WF/\nIYhKxt+vC2iP8aFdP/r3QzwTr291/lSOAk+Hnhn0k/IX6B/D8AbRh/FLYYK2ZTWgS+jLaB26KgiqKikP\navw3SE1Fh2nRDypVFSd9kR8mZd8EvklKUYSxam8Q8xzUBt8VTAVzV4GJMJwo9t0y3m8CZZJEK0y3Uivi\nmX4/LA36QaDx+aCKvQKeLfqx3oM16w+jQYUO89WwVMH6J5hsECmvhLU3OiiGUaIrqVsuaq5FWIsjt993\nozAKXR1gn8rYE8/X3ifYnzgNdBnrpvrUPj8sRm6QFgI1aAJtTFkFRcM9RF/7o1Bv6uj4D/zHuNigvaCj\nWLm6EKTY/zQe1Lq/iL/LIJoS1gmbiP3G2Ms6xJr09+tqUlUGnfrVOIoqn+z9/DPQS7i3VgU9olM80691\ntRioEuinH6vjFTGfBOONsecJaLYvrVQTrJaH/jAGfA8KBi1i9LV+rBXWISliX1SaRKCNOO+ChlTQD7qu\nDmBNPPRfAa1jR5MkjcNChB/QCTghiCOj0zjYYLDwcRRoPApSTAyWG3ursY+Bl++rlsAalQEV1/BMAloO\nDQjGi6Pq30DTblStbcp35LraVY9JsBABdsPHy7A+VfBZvuQXsQaJa8xfSrGq4Q3hu6WkM8Z+YIxJgHka\n5aM75eEdDvYv6IvKIWikvxrFmJtJ1n+9rc0DXXa1F3qqURQXOG+s4df53vwg6KYCft1c3df5KfYyVmH/\nIPoeVCFoKCAxef/s+FdnVaXBINbbpLH+XxvW/3FQ+UkFewPaM6VImxJ4AltTqmIs77S1OQHoJw39BPvG\nfvpBh5VByI99lSBnyNOY4uaO6j4sHcY+iPlGQTEK0acfGFXEt+hZVY0LORCj72IQDRZUoWaqKjTgi/cw\n3g/wA9YxoP0EfBcM+v0+ZEJiEhBO7GP6pfYAPDioVX+CvdgNmQO+x5qEBnvYj+2uxWlo+tKgBknWvwn9\nlSIVlCACDN6nvZL2ve6c0Yl5H9/l+8xf3sOY/aKzwUQR9hFyAnSYpAW9X5MaQoxDe6DpBNwcYetAXnFl\n00fVfS5kQBnrXsA49oOWByIssjK1GDwLmgyqGKOP9XJB/1vwrj7sfaJKpuAnBrQVgPmSfgiwELTbhQUu\nYdH+2vvlF16a1L6gfFGBrkUp1j3BEvlhn9q/36VsqmlT9E15cHAwH/sGfRZMNdYDmzAP/K03Y2LbwY8e\nxrGlo2NjAXsOKsDY4hCyxCtE+/JF5ccBxoP1Yt9xX4o5a7fsFze8UwWd6QE/+F8bcqCJuBLgWQ/0UIV8\n3tjR0cFZerEaLKdgimqUFNPQK4CPyrEuQrIE/bpmEvRRBr2D9yHXdbAJxGhSP8GjwVe9vTmKfOxJ7eNd\ne3NYM6180ByH5HsGS9sZqoFaCQyR+FXzxz//+c8YB2SjVwO/m9ZO54dqufoXyO4AfB0MQsHsL2/N/rN9\nXYsD4QR5FeRbWrZ9iH6qqSlDkyRYmk4XNPCf7V3tZWi4D7FGkDFJDBnmvPuuA20SYD+hXUBVGETFh4zq\n96sJ9h86Cvoh0CXQTBWb8R7WdF3LuhaX9A2ZkMdgugpxjwaDVrDXpdSHnA6wUQavBpMoSqSo0u5XSu/+\n8aPNQQpdi36xlJ0gqloJ9FZOKpQSgRenpd1f7doVQj6FWMO/gFgDUiHWfoA6ALyF9XNA/3Gsg1oBOsiA\nVry0X4fKKFdV9SBoo5QGxb2bt2wtg9ZA90kJMgXCH7ovjSGvapsw//XrWztbO3M9FQOh5YN//NgzkC8F\nDc6BHN+76aOt2HpDBsD8gw+wiEXQw/8dumgKUc1AhuTRRW7Pl717CxhPP/autfOHH6C8alg3b8PX/9X6\nbao87E29DQq3Df+D0K/imXXAHcneTX/eOuC7kH5ezdOFpAcTgywLQs1xRoN7N32w1YNs0wMq2Lvpw60B\n1h90C3JUQRX8E0YDCvxgSjrUzv8dOmOiImRTRSe+yHHTVd4C2ZjGReCAKnRJVxL3QOf6rd+/swH/1RhX\nswB6gnyJOzpaOyt+0O+0tfX4cRQC53geeGsQ+2QiP6imiWnvM+3ABrW9mzdv/bR3+xd7N3dsVZ6qYK3w\nrs09fRCC6zc666Fik72bN211MB/oWYh6X1UgW7raqz0mSoPPPv1iF/gReCXGGry3tau8qecjrC1EQNef\nQad7O97bWgHW2vreB/8ADWg/dMv/A8wF8uKYV9a3toKuY+xJSUOngrRC4J7Q27rlw398ExW/Wf+v1k7Q\n1ka0bSSQiTXihmgwKIAXtr7/wT/+qgbUFryv5fsfWv5jx5b/2LrlvX/06WJx1/+z51PI0vKAD3UH0jbA\nF+hj9duUOhT8APqBrkqwdvkC6NADvZaBRSAvgJHCZOuWD/7xyd69e9o2d2wqRtDU6GPXFzudfRA4W99/\n7x/bv9z5Px766Gz5oUXv89H+/X9AvxnQTrL+h9ZOYJEErN6pgOZ++KGr/Z/+v/KfQf/0V/7Po0G8JwHN\nKc8zkBYB2HFfZ8sffoDIikLsZR6KoaPj/VasRa0Pot6AqMCxkLNREWvR6mzu6ACNg4exGIB/wKngibjm\nYl+TGihLA1P4UZiHMnOh50p4L3Ri/n2s055yfifkAaCe4KsQfN0PWoGmUSH04T7QiQu6b/Ggc93Ar7ZC\n+HyI57AOHTv/ttN8+K+ergR8SQTs/+lPrYPYN4CMqArlEVUTqPxA79723wZ0ErZt/mBvQHkOWv/6q8+c\nQhoAl0f9nT+sa/lk17ad4LlWVShAXqtww6Y/fwR8VqZQ6Gr3QVuQJSlxNHCCX9Xft7W809GxuTUE0P/n\npn91/vNfnS2fRSUHeiVZ1/KHP0BflqBTKwXIp9bv1rV0kCawD/3R1v8Pcg1r3bPObG1vd/AgpCLxbWlD\n63ctaOpAb67H9KpeqqD/VJL/656PW7Gx36ZRgv+2gMchIX9YB1J4Dz/v4+cD/HyIn4/w8+fNHfLPJvxs\nxs8W/KDdZrTbjHab0W4z2m1Guy1otwXttqDdFrTbgnZb0G4L2m1hf/hsE77bhDab0LYDz3Tg2Q5814E2\nHWjbgWfQARYDP2iHf4HQ8PMRfj7Ezwf4eR8/7+FnC34242cTftDuI7T7CO0+QruP0O4jtPsI7T5Cu4/Q\n7iO0+wjtPkS7D9HuQ7T7EO0+RLsP0e5DtPsQ7T5Euw/R7gO0+wDtPkC7D9DuA7T7AO0+QLsP0O4DtPsA\n7d5Hu/fR7n20ex/t3ke799HufbR7H+3eR7v3MeMOzvq9TVv+DLWEyeN/wKxR5dV1WBOJJuiqAsckkReV\ngctdCCz1ajYq+BDQr6aUMq+mBnwPesMQcUWQSxEtEvyuXOyt5/dFsN0i4NQQupgWBaQpODYoRd+mr+4T\n1YboEzoCUACcAx1UUH18H8k5UqVUVVNAzDACSwJ7Q4YFqU9VByOnFsGeUBCOcdXH+wt4Z8AGQeT5Efgi\n5rj8189fP3z9Ej9Lr1/8OvT64a9Dvx769aB89vT1Mj5dwl9zaPUSvz+Rv5ZeP8N3S/hk7tfh15fR9in+\nmf31KHo4+vrHX4/+egDfPsLvj/Dfy+zj9ezrq/j3InrCU6+vvb6Fz5++voS2B9Huinz6Av0/fH0eP2fw\nc/nXQ/h8Fu97+voC3v/09fzrl/jsBf65gecOvX729sDb8Tc33468HX5zFz/zbw+9PYy/x97MvpnBN3fx\n/ZG3o2/H3h5+O4yfQ/iEv4++uffmMX4//OY2nh2VPsbfHsQzo/jsF/R0j79J23H8fhht+d9Db55Ir8No\nP/x25M3P+GwcbUbeTMkTw/jmCd7+BNjdJNh4HQWwphOY5bCDsTtAdbT6CTkKxIcxvzXU/rTsAX9AQ7At\nfLfow3ImqIyrNHOhooHyYG0BkcFMh0iIPeA/owFq0yo9BobuAgNypBEHc38Qv9Bki60ABjCk5Q47uwqJ\nDuyD9+o4hmEcQveqQpQm9AsAWCYBrcFAzP4ENgmkGYxQoMO4JO4FI7Y5qYew2YVZ6qbGhdET0+gLCjRj\nCNFggwiVKXolYLcr2jsVvLvmU7PSW2AAv0PaoewerwfagJ4BHAI+gJJ/F4CxE/OAiR3Frq5SQdOQhkYr\n+aEq4gnoUj8Blkw1vRn4ArgGqlPvSyJAVyJk9IxP8WyYAMQbU0j9IBHTF0pAA32lXg3M6NG8Dj1DUxP/\nxdKVYQrT5WLAmlBrUMdoDOhDV4BHP0WIVRvQQLmmXPT3wbzGgMII6C+m5wXYFDgLOlIFMQzsmBat+TaF\nfsaSVHU5ragQWpquC1/8C9DO0PZeARzpwrRxKVqw4sDo5QB2USjGzyBEjaZDx9CbYjx2DRER6wKmD2s+\nTcowk/AsXmew2El5kO4ZTtoD6bnEYgmXM60ksCcoVOKEzpTaDkiGflpwMX1L2FBYqoGqaSKPuMZ31FIx\n07lMLhY2webFDkAt6aqaVmkeG1WtBrVPub8F4KpSWoVwpJ+E1IResKaG5rjBBsUQUNhaCsJ+ulpophFw\nAxqYFI9VlTyL7klbIb0uIYmGviPt7SWxcuDmY3IARFsIfEBvToSFLSrQL/1KNZWCCLlbBtMPNH0V7Zyg\nR2+W8QB3a7DKAhpLKulLYb4mZfooYFeakIMu0E3gRvQn0BnHCWp6RIxbc/lvgGM6WAwla/8gtxl4TodV\nX7uE9X5QxEQ1zUpyHvS8X4HJqkgdPoxAwh40BynTZadJPWC/1C0XuM5xVAMqMv0amwcUg/mRLMBgDlcC\nYD0py44SXdWiYhEk4UZVzcWEiQUWB3rgTluvHMRCTH8I9EecxERTCrY4phqF2FARMjAxCHd7KTI+I9WB\nVqu1yHVhaupishW43ZRBxQnXACYlGYd+N5PGgDtFvpIEjI3mWqVJ1IndSXSe9leFTAJjTwX/Q8oxeBmm\nCnSLJR7Ep3gvzd4QUtCnc8Itf8X+6IqEhIzdMsGPpqfP0M1ovCgtwJKqhW4CbqIVHg1iL3WxRjaA9QKz\nmHYpKGEAGwrepbfS7CBf9lJyEXjX+sTTCDsqAM5zdQct8F6KzSr4M6DfBSCXEkEkNQx4CnPrBDX09Bi6\n5IyicwKbZzSRK+V4KIPGBlSxhPgzoYvV0MfGb2tkMNjk2HxDXy8Fd0zuDkswoLf0cMtKBN3tlRTyl5vs\n7SFzol3oJRGkD2CE722gA7RAjwg9fuylCCPNJ3kHgXh8a8U1/xqMJrR12tthgimPBlqpVk12UcrTWu3c\nRWKlLzjn0rqDdAwTceXCvMj1kImB+NUAnRiwhP392pQAPBIM972eOKJjGN/W2MFG0R2ENJ4bU3f4JRjR\ng5DQngIBY0GM7qFHRofffN377h+3/LmTWHffNyRqKAIMLewD5fepfXlFq8GAZcp0vTn0HRO8Q56G0Kah\nGsj10AkQiteL3kSQBVYD8j6Ke6l7iDKxgxAK9BObPlUV8RDA7PZBc+CUWFHlYB6bexRsOGAvMCO4KFa5\ntvb2v9MFauiHMnQcmz1kYswyKVPnhXRO/MVgAAmYlyQI8EUJl9D9WsTOaKiywVwP1h+MHaeUsVD0f6M+\n303JkA91wi1pgflcc75roUeSHnNDtxZJBavtgQa+5WInsfgMC1FMxz9kB4YLYUu/SEKq1H68mSaV+LPp\n0zM7yNjgbkg4SnSeExg6lOgIxVrT510hu1CrUZ76RtzbXkrRrPcpU4zB7XSPbPz+ezFUqjmMFZtHt0Qu\nonuhqxC39xQxr9jQJ+fpalJ27AkA2NSllOdpgzgvOyFjSiHdVGaQo+JoOyFcunN0X0NlYUafY+ZOPp/v\nagd0DUsFTpqHIA49h508VgB5x3EN0gLErovUFSX9Dc9B8hXSBmCIwrfYripPUOSgoKs9iXvo/jEcvKNA\nIRRANHUDiLB94BI6Dco8pTFUuC59zY6BEDeAaqG4ho2zAZRKJ7r3DTEEXZ9GsDtJqF9OYoQZyecenQCd\ng1QnmJvRG1o7c852wiM8mu7rozu+CpkY0MnT09rpFze0Uch6CsAR8Mro3YRWmD3PXfZps5eqEkqCk9GV\nnoKKcz15E7vdCSUDBFh3ziU6LIPWapvfE9GXpFUfdFkjDquC6TEJkIb4qg1lRx4CXfP4QAf0D5p215h2\nnkB08ogCAiUtFgs+OqVn39D919EPTlOwY9e10KsPTKNT3e1890PnR+IF5JHKd7R/FQ+bXM7XB1mVebzl\nxORnglRDz3KupspR1Epn+TYiUJ5WGTDiph7YQGmJDmax0rtps5gfWrGCdHR2VilV6FI0PF8wHfs+6Ojg\nqUFO/LgFqo5EYcEqPkQZ0VsAButqp3MZM4JwauPmkaTymEfLHypkEgf2/p93b/vvrvY4Kum4SLf+DvLM\nZjpMechj6EnqAmMmCX3xZjPHAggW9rc633/vBPQM8jQn+GMHRJoDcnJ4bucNcsUp4Dr71Nb/96DxQdVd\n9NzHgA41HnvAfiP8xYJVE+qZ7ZSdrc473Y5HzEqvB10tFaijfl2rwLwMeKKWpxvbqRI7g6fDGj2Jhggn\nt4nLMUhATg9WpXfvtq/2krYcHzg23OjAlqc7oYUANz/gAwyIKxXyJQRfQsvwAIzQOgqr5F/yTEvUBtzC\nUwk5ajHUlA6dbyG9Lt8pLyro9dxM3+ve1EGF0MnjOie/OV/xeYiWo9sbUAPbs4OYqwBxqDdzpNjk1j/x\nl+/pxAb/QROXyeKbNnfkHKpYiL6edS1UEN2eDxBAjscXWHDKzpY/FotFMBEgCxFejvAByhqPtdL7vEl4\nATirGlqHM+whbsUhHlW4XMQcJy2nQ6YNvNbm0dBqeTdIOul5NVvf++gfXTy7bYtTMBpPnhwqSKD1fjEV\nqqbbyeU6oQygj7hqm3giAfGvQrrRI0rD7qj7PzbvdiiNYJoXdJdfKTn4yfVsdIp9hr85Oa7f53uj6nae\n2OVCPRjUdmJP+t39WrCyHxArk0ne7ymqb3M9+8ttbripA7vZtinX2kkU3s3TQui3NKhRlhg6kzqxel3v\n0GMRODz0gLJbJ7vv9NGWIMc73K08OHddyyBxCc8+TEpx4/GoowCm6U/IW+CjnMMzWuBnDI1OEPD3t6DR\nNKr4JoItAhnqaTnboWfEVFMaoK9mIzpNXl1PfEhcoIBE0SciMJ6nk6DMFHKGfpSYQ1PorAKRCrhagcqK\n1Lfpqyl6VYx59TiIVC31VFHz+IHeEACjhHZmhFElkaGHxQgF84w2UvR2BGmJR2S1iEeT1gGCFSECAF0Y\n+lQ5PoUBvZoyHIsCQEs9cdrQeo+AfHVIvAi7ySPDEuzp+NV1wCLO2PXjvsiI20bFRFaAFmk1KtONKmSA\nt0FnAJpHUO/KhDzGJzTTnKoCB2oerfniB4IocX1VBLTk8ZEPuIeFrUJSRIUU0yS6jhVILOCfiigSKCfe\nj34LNOIwBJABXvTqcSXiJKM+/glc82qhzCZcgxrgv6sqaR8wMtBQXEypSPCiqAT7QPkl4OIBrgsdWAB8\nWHzuJZa3gveAtqCvsXd0WYVhBAEGAOVizOAeumANFsenU6oMTRabCKAXK4VVBTO+ehxCcu2P6FgQ35QZ\n4JhVNaphpCFBFhiOn0Uu2DmW4yPYSBgLhYjLx+jWMvSShCSa8NV12ny+2ECwnUBGrgxX0ZYMSBuYO+wA\nDAOrAXStCZN1FZoYapHd4GnGQtAtBnRLLxpoqBTQ88ZXYyEqCiKZ1rFdwNAHVX9r32EUjSA3KtOpN+Cr\nPghfIOhX96lzSPIxbGLQTZ8CeYOeYX6pgBpZB5pmMNCckj0EWI1MkPK4HpuMrgKuG56ghR3TTyiExDAG\nlwedA3g5RgUi8aIBYCZDt59RlULEQ1uP7XxFbCu8oEwKqx0AuQ+rC9lPIw7T812FxXg11RfxVdgypYWn\nKArABn5sUh1wBJEpiseGHkZut0yQ6wjLnf4o7qqCRRYRlinSbkLdEGif4ReFKKALE6sGIgT44oBeHZB9\ncxkHgydga4AY2CMHdJ07jQ54LkXXJyXIfVInmZ18gplQKSkCZvzmir2VgOHRFSULaK2GdcMmBRWgy4gA\nUpypNCuAUHxMi9OH7AJlYxIQ+JQlwPNVccaKwaZEqBmfx7jcMtobAOYQPPhY033TR+SoFV2y5l3aqp1e\nRC2NjqHwCXpS61QDDRk652qGwxd1UeChTBxrgeEuT6/TKg1fkB4MW8qetAK1hadCmLqUPIQ1oEBYBtW0\nAH2JpxgvAzxlSOcVsGCsGCRE55gBn8YuJhTLIWssHidYFVqghGYojlsW9wT2h07HWJcwKj9hnAvYFpYS\nxwnejYK0EtLSiiEWaXGLw7BH+/RcAEiXknIR8g1mZ0wXOBYOuA5UDFlLLsYEtHjH0koFK0DLPObqaq9q\nnU37YJ55Vcg6tyYqIKGVTxYFhLfSBHoXkgTWHLBEyRPjUhxdRpyEQFI+dnpQzPWqBjFqMl6pBgmZEuvS\nkVAEc8eMM0IPrlBSVCwCBoMNMUA6EKFi00KFbgj6AsXJatIqo3+A0QKYS3QTeeLgBTwr86Q6lf7LoNRB\nEA1mKj5b82WhT7uJuAWN9faCrCFb3HIscVsVjBAET59dWWgspLLFODFHiHuQGucKfvs2VXTkJZQ5dLAZ\nOiC5g5yFxLTwoArjh1lJKxtrFfFwGRYU+sHSf0aZg+kkdEphbSm2K0TwGrJZM2pIe0lUKgVa3NCga54e\nk25914UiBRURV1Vq1GSDKklgjcjhdVIUJ3dZsCWjm3I9jGnTHui9mAbCyTWxVcVjwn0HLYC2XAyH0qlk\n/ZBG73MZhkIPQIn7ivGUZTGKUPOJuMSth9tgvzA2KAfoJ8Z5RPEAKVN/JStGNgeBkSkJLqiHXczEMHoA\ngFs2I+cQ/NEpo5OSeHjIUyQg0CTQWZEgoQYRGlRE0NBb7MJMJrf6ocTbKVLLDnHeRbLL4s+FVPG8QO/i\nCSTF4SAdmCXl1irC49jstFRmbJcWsK3pgy/5IcetoJl8vgsKwSUWhwCRswJP/GSE9ox9URx/JOepQj81\nMREZDgE159LehBwAv5c9TUkdCy2BY4kBUoiLpMJYwZovnknhNS2ue/OFyBYvpXyw3kQ5OzCM+tIeIYV1\nLMEU8gNwLlavRG87z3cLwjt05TEaC6xjPhbZRZ8sLSN6Vl1Zq4J4WYFiY1UFHWD3rC8MwoN0DkiX1DAL\n0l4VlmPSZgdRpbytMOSnRI8jFHwKcQxZz/gWgB/03evGfjXBGOicJ5HSqoHI83xyKh1hJHvOsU28CFhH\nrAOoEAJBCQ3wJEV7dK5ob4esIRaYDrQynRUqYHwh4wlzDuwbyA2uCWz37+i1wQCL/r5Ijgs+ETrPMzxm\ngwvhQQogvgBcw+QDBdRV/kokYSIz4jkG+TyBDPKE/rcLp8P6SJOauIYp30pR0isSTFHSA6kJRUMqcbRW\nI4hFnHAHY81vPhcJL1oItE33fK/oAhHzhiPQ3rthwVQ76dQ3Wgxxh6o69LrotnV4Pu7LeU13DswKbCHR\nfcBKAxI9QWtoq7O3rB2PHrWSnEuZ7bs+/vQL53OwBPUyHfWu2ANlkcxKTIpP5S0UPInZVcFm616RpeB3\ncIOHv93EHguAd8DpvcIX+ZaWL0Nx6miPJkuuZw9wuF8VZ5YpS2QCdg09fClSIpa1FyI2ofgTe0XaeJpO\nG7pvg5qzQedL+YIuM+4iIp1gIiAcngNoiQLED0+dxLWbGMJCmZVv7PGTt4UG/veEdJ6it9Wt8QQISk5i\nX2HQ72eUHqW90E9PQdcg/drE/0/pVE1EG3rEM6HeHUV0CChGf4pDpOUbiuyceGBFDhuTc9phw+XFGosk\nMlUoIf5yH6PROD5sMKSZPyCcGxYlymqndcfSHs2papXaDMyT65HDRcMY137DCGAxwVx6bKFtMGeMVm+D\nUgdK5LIRBGM/94iG7SrEGMsglUssp3Til9He99/TLcT553p8q8XAY6pGzs/1MNYI8kSHsD8h11LKEIC4\nUNz8ZhM9g9+L+uEa4iM5TcnRc4O3k4g6ORMlukwFm+SMgZ+AyGMelBSxHMlWcTw4cuKV3yZaQA6WjLHH\nfZQb3ifWuU9/YPz13t1tH+Xk6NHZLlog7/wd6IYHhX4k/mLgt5CxQTHQZtL336lEqpA+xdcCBAUBnwAF\ngQ9g2ZS442RNekmc73wTKyy0qgl6cfFKeg1zPWWRGFwMHuaRv+UIych5aqcsgyfO1y5YCsLd3MO2Nka2\nQkL5SQ2TYbQInlepeMOcTXKaERUS+qeJ04wSV9dG59PQpaNEezXhIAc6BPpFDo7zlOjakxOh2jck1vxu\nQXR0XGvvc9GYgdGOX9wjmA173a9rrZ0SSyumdUmwmRwvm52CgX9gkO53YB80344+u9qLQuFyspkvCh6W\nMwrTJZ5eHtw4HVV8VlEgOgxLTOAYZgBsN8EnnpzHGUbN+OH74oyiUwicRTsgzBMQbVADKhEbAKv3jUxJ\nKMEIbyo5Kd5YFO0m6Eti0WkBY5gbhDviXsGBpF327NVyPS3/SWG3t8xthubBTPsIaWqMZe9q51FvsQYc\niy582DNxTY5wu3eIFBVHnKPkhOUbgXE8hlUe5dIAdLGLtZXzlpZesQ6cnXQGuwQmsZz8G/Foe9vovnYY\nwRvUvH+fL+d6mAPAcVLgyWm6odmcGolHoJPyn//qlDiEfCmF8RMDHzDSlSPcytNZ7X1JcOHwWCPnQMql\nPJHBJsNE4GGYnDVjlQBTisAu0Gg7rCUGgxlSVI6Ee0X7tLT8HVI5USCbWKIDtuJBRlfHRCeJrF6u1fmT\nk5Md7ymk5Ag5xzWfi46mxiGSrAoEpEzmMVWuZ0DCDsQGjuUsExoKYIWWYELXWiLYHpsHzRSqgZ5+hj8b\nyo1cjxxNm245H5YDYacsvXVYhm9p+TR0HAmT2AM7td9vk0XEOyAHt4vGl7NBp01oabPIHOZI5Ho6xOX6\npUi5NhFPFdIVCIN0y3hGp0PY0ZHgCCPWQasW64/o248ZG5dzHGskSM9twvzQX7v2VbfKkSpzJvyQRjsQ\nIwM5jJxrrJOjb6flD+TBHgaH/QGfez0t8m1LQZUZNxRzk0qMtAVPlmDRVmWOJq7i3xIxM7YyN1U/N9qY\nHlp5eboxf2D1lzMry9frB2bweTb5sj52amXxwcrc0Mrcz9nwg2xirjF9vXFypDm9kF2ezCZmVhZv1y8d\nz8av188/Wz3/BM1WFhZWFu5mpw80R3/Ons+uvDiwMvdT/ertxqWj2fPbKy8vNQ+caTxerD+6Xr90pPHy\nVOOXi/UjQ/i9OXMY3fK9y4c4pF+uNc7cq489X71zbvX6Uz44NFwfR8uZ1fPTqzcuNCbnsuHHK3NHmy9f\n1k9eajy5sfJyGY80X2JUz7JL9xoLyytzi2jZfHq4fu5i8+7I6o1T2eSV7Nbx+uN72cgxvn3xUv3Ms+b5\niWxkOJuer5+41zx+Mps7mF1aqD8bwzo07i9gXtnEqWzu0Mri0Mr8WHb7ZTZxtHHmav3JYja51Dgyym9n\nz2Z3DtavXKofOVrHs+cerp5frF8awi/1c/PZi4ns2PmVhQf1iZMrS5Mc9sKJ+uST7NZPzeWLWDQsSGPx\nauPq7dUDp+tzc/WxiWx+OTs1ng0/W1k8h/6b1+9l00ey4XuNB7IdL37KTl1oLk82rx9rHJzPRhcbR8bq\nlw81zjzNpk6uzJ1rnD3WnF5qTl/Pho83n8zXz15sHnyUjV/Lhm9z2OP30C12Njs7gp3Kjv+UTd9onHiI\nRVuZG68/fY65rLw8mz1/1FicaODZe0PNmTuNxZHGraXs2ELj4mL28mz90gPs3eqloeadAyuLz+vXXtTP\nzNSPHQDZrF4cXj29VD9xG79n08+yxQUMpg4CmDi6emG4ObNYf3w2Wzq68vJ44+U0XlF/emJ16Ej96H2s\nRv3a8+zl6ezI8WxspDG7WD/xI+aYTV5bmQNd3apfOI1VzU6eWL36eGUeMz3ePPRydQjLOIpmoLTG3VMg\nElAmPsdLs1uj2ckxEE926y5GgvFj6RrXzjTuP1uZO432WNLVQ/dWr883Jqfx9tXRY83lC/ULM9mLoezu\n0fqh4WzkKVa1efgUaJJ0dfpA48ixbG46G7+PT7Jj50hdCyfZ/9Qd/H9l/lp26WF2eaj+dKJ5d6w+fhYN\nQPmNe0exUPXZg/WhE6Ai8Es2dDEbv4pxgkrxFQaAWaNxc3omu3oCRAjKwUJxT1/O1o9ONg9cyG4+rF84\nsbK4yN05cDtbeF4/+7B+fLqxdILcOvuy+fLOyuLRxuLxlZcjmAVX7OkB0CpYElwGbuVcZi7XLyw1bi2Q\nkBYms+NnsRFgW1AU1rx+5STHP7lUPz8MUsTIs+HnmBc6AZVmY+fBNdjHbO4cKC2bGWlcOwC2It2euJuN\nPeOzxxayqwsgD6wtRoX2IKrV0eOcI6h34Vh27lL9wQ1QL6gRXWGRyQULk82hQ82Zs6B2kuLV+eb0FAZM\ngjyznC1cqo9huxcaJ2ayG4dW71ysz81kJ49xGe/NghLw1OoQRM1QNv0T927iFDf99IH6tdFsdERed6J5\n92Y28hgjxMKKTDuK/rOJ8eaTm1jS+tg5SBgwAmTOyuJNcFzj7gwWJLsNbl3AOnOmZ4ayM9PZKIbxsHFn\nERImWzgDmYNlQXtQI4bUeHGuuQTBchXcB7nXnLlBKsXWXwL/PqZwuHI4WxoD79d/nKqfWWosHm4sjmKO\njalzjckn4BqQRDY+Wb98G3RVv3hw9dxpCs+xh41DU6vn76GT1TPToF6s8+rlK9ncXPPobHNmqnFxKVu4\nk80dq1+aJD3cflyfOdNcOtTgGEaadw9zZciJ0yT48/fqh0GfBxqPlrKX9+vnIcYpnVZ/uUBpcw+Ca371\n8g3s4+roqezWYch8iJfViydBipB4q6efgd3IKZjU2MjKwi+NI/fJGosTzZO3688hYa5xhNPPsLONu8dB\nciKHn2NSZLrx69Qmp8ab0w8hSah9Fo82n9xbHZ1onHlOUnw5m50+nr04SxUwfhstMWbuxfIvq0NXsx/v\nYVW59Q9/giTHRBpnHjdnSKX1a9exI82Z29mJkWziUTbxM7iguXwGYr/5ZGpl/mF28njj7kMRJiOgKDLg\nzBPyFMTywpls6r7Iz9PUL/eOZgsToJPm2IP6pUPZ6evsjZv4LJs+tLJ8uT5+qzkEmXNmZXE8u3W/8fP5\nbOImRGt96EBj/Bn/fWQ+G/ulOX0Lr8uWh1evL0LmQyNkDyf40rFT2RCplN/+/CP0b3ZsuH70werBm5AP\neC8lIeTnyDDF0UlMbZ6cDv69O4KZrl68Acak3lwexVAbZ2ahU0iokJyjC7LOx/FVfeompDomWL9wtX52\neGXhKOiH+vfaKOZI+T9+vbl0GpyIN4L8sOON60PQFxRlCyNkmcWFxhTo+TS0GxXQyUOQtyQqKJexH7OZ\neby3eQT8PkONPHKM/AtZcelq46fDfPaXo42pI42FuxDm2RWIponVn49l01fI42PPMH0MFVAB42lMLQm/\nH81OXM3GJuvnr1FNQAMCEgwdJa4Ad4+N1o+NZsfPkwvOT61OjmSTN0QnCnNBrU9eq0/dagzfBZXWn89m\nlx5jjiQ56NPnV4TOr4LIMR7okeYy5vUCCoLMTnl4GpwreoS6hmpl5jBUW/PukWzpPDnl+Amqs4WpbPoY\niKd++Cq/mj7SvDmMBuDQ1YPT1BEQgwt3Vm9eJQq6+LJx+Fnz5QOilPHb7G36IZEMZPt1vPcYGJ+79vAU\nxchpSLBLzdvL4ERs4urwj9nCeTwOfbeyeKH+YAkSAOqeUgu7PH2MApbI5Bw0HTTp6o2RbOYFURbme2wR\nFAK5wf8vTmTDc1zVyWvZ/ONsAlxwGFyZ3bgCPq1fPgl0RLK8cWVl/ije1TxATVo/O4YdJ23PPwEwg7Ij\nxYIgwbYzR4A3oLZWlqfrZ+aziYMrcyfqR05nxx+CQyGNKeVuPGzePUhwMnWBYOzRUuP2leaJ57JQ9zHZ\nxuLdxuLUystrwCGU/9CJ964DKUGUEW9ABt66ujo53Lx4on4a6uzS6s0TwBjkx6fPoeVJny9PA9U0rk4R\nsl6+jpWvP1psnDvfXD5JhLNwF7OAuofEw7I0x4Bgx0CZxJ+TV4EQyFZnJ1aBoEjbh/EKoseHhyi0H48S\nMQLBjt9rPrkKBZGNgE/R1TLAJ6i3fu4l4c3E+eb0PSwOeRYIeeL46p0xoqwXCxS/Q3ebxw5lYHkg5KMX\nV16cWj3/COsJIqSWuXS8eXeIgn3iIB4Bs0BIkgexv8uXmzPAUUsr83fA4NyIp0ehGRt3idzA4FwcKLLp\nn5oHrzduU+/Uz00BiQFdUAdhhcevgHewm8Cuq6OjnNfJ21BeRCPYu8lpstvYLDRv/dRhootLR6h/b402\nb74kqoEgvbSApYPWy6bOg7yx0ZCfFPIjYNhTRE2Xb5AjgB4pD69AsLC3h09AYKBe4aZxYJjmwxv4f/3i\nNLiJUmUOZDO+8uIapcHYL/WpY/XJR/Wjt0WPTBI2Dx8nB038TI15/hkV8ePR5r3x5tIS+Aucwh2cvkEY\nOXQAvQF4410wGWiVPHkC6d149gi4lMgfGmr0Z7APmB3vgpYB1AG5rl6+z/1aoIalHAbdvoACugn9no1d\nW714i4s/NtccP4iFAm7BjtQfXK+fnYPKzh6eoiYd+xE4DZqxfkRGBX48eYIIcPievPcpZMvKy8dQOo2p\nM1ANRBrLl1d/ugShhxfVbw6BxrAX2DvoAkyz/uhHbjRk9dxc48xPzdHHHM/JEWJCID3oSkCaW4DEz/DS\n5pXj2fxc484EMT9Q1ssbVGSjI8C6lCeArLBxxh7Why7XD4EIT1CPHJ8AF0ATYWrEz7dfgjtowhw7AlFJ\nUoQEm4e5dIkE9uIX0Ay2m8bLEUiPwyBFbHf98jJoFSANIguMRnPpwmnMjpBvHJwySRENm+L4KBacanrh\nDvfryH3y1NknAKIY3urQNUpO0tj51av3IU+aT+bYDyaIrZycWz1/idIY2uHlLDUdrCrIc+CZ6XmuMJZr\nXKyky9chD2kqAj1Oc2tA8AJynmWzw2AcSM7m8hUwKRRQdhx24hIepGnw/G52+zZEBK0YaD0YsJdvW5MW\nNAzaI81AmULpQNqPX+Hig6nvjEGjYYPAX6tnLmKjOYWTY8B7EOnZ0AsQGCc7eapx+Sb0MkQTrbCFn6Ge\nVi9QnVGiHlmuHx2GmF09uywct0AUAYsJWhi2yeITcBmEc31+KXt+J5t4DO5eWXwJEoKmAIvBqoL2h6yj\nUQbaOHM1OwXz6ia4CfCVNjjo5wWoYr555BFIDvPCvtNUBDdBYsDAPwz6OU5RP3yX2wdNCsG4fJJkA6G0\nfL75+CYx2zMA8tHs0lVC5acX67NXYdlRAZ24R+gLow/jvzxFfXrkLq0zkOXQNUgbgha0mV8WW3KhPjHR\nXH6YTVyAlUSWX7xKfj8ivHDxfnNmiRDrGCU2cSMsOLz0xCJ10JHjsMppHcw/ARXVLx/E2EADK3MvQb1U\n3xeh3Ubql37mHCFvaaTAzr0JCUMsdGQsu3y+ufALdgHzzRZGMGzgdhKe8Avt8UtXm7Py+SHYApcIdw9O\nN6ZnAS1op88ehBLMJs5BllIbwlCdnMPKg7WJisdGVn+8CrsGfzauTxNXQ1YvHaVldHkIVkP9CiyFi80Z\nIKJpoqDpy80nlyFRCVpunsDc6yfEWoeFNfNjNn0NPAKxQ7h1/2zzl3ONc0v4CoYJJQNGAsH7y0Vq0sPL\njV9u12cmRKRMZbcsR4/gE2qfW/frT26DrYgkJx42DtwERQGjYsr0n8z9DH2UTV+gOwImA5D/5BzV9NiF\nxtnbhL54aglm3RiNo6VlAunJKVAg7dCx5Wz2aP3aBMURjESsNshm9Enj5wOkqAOnBYg+EHfKaTBF/fpN\nUuz4YwiTbOJOdusc+Xf4EPA8TQAChgvAbNnkpGjn682fgdJPrP50snH3ANaKy3X3MFRn/dlY88l8NjwL\nLsuWLwA40UkFI3TuDvf95HFMtnHxBX0jL4ZgSVGNUrOfF01BSoPEgE1By1EsOPyO3mCtiIl6FTqagJ9o\nkz4oohQggctXoaqw1+ACyrFh+iiwOFRGLy407g5hGQH8sCYQoasHxutjj0hFEzfp21m4lT2cJepYvgzz\nXCwIMPJBvJqyhZiKLrJsdpYkB3V5+Cq4tT49Toq6fqV+8lL28Gg2C2V6ggba2PPmkxu0lW4+XL0K2EZ3\nED4hnLv8E+XG/COYRZgdRRww1eQ4LeiLp/DJKvj92DCkuvjQntESfDpJCAdD4OikCJxjGAxl2oWZxqUX\njcvYC0CUJ9k9KIhJIkmsz/Ff6Dp4caF+6BrIMrs5SmE4PNs8MkMn2PAwXTQP7mDHVy8CJz/DXIhegEAm\nZmCT4nXQkvQ8wHKBdUkbZIkegxsv0M/Ki/MAvfXzE/SDwVrEpmDjsNFT6HAGlLM6dJAC9sRV7DVAF8Ug\nOjk3CloCtG4sLkPKNe4RBTUWx7BiNDqO3IcdRx/LyUuNowCBk9jxlbnbFHoP55rLl7KRi5zypSOwZBu/\nYJ2PwH5pzl4HmWGhOPLbLxuLl/FhdvwADdvlQ83lSUwKhgD0EZ1OLy5k48tsicE/uNl8OpHNw0I5Q2cm\ncAKY6+Qp0Q4PKaiBu6aXgBUhc/iWp4eBYMk1156s/jTRuDxE6XTrLp2BF2bqM2dJIRcXKKuPnSOXTR8j\n42Czrp6A8KT5A/ELpX/kNORt48wN+jfuHBQP1T1af8uXG4BYk9caT65RPgBbAnsfvEdcNLlEb+ThSVE9\n4JGbUFsCmWjjU4NPH6mf+LEO4Dd7ZHX0mEi5SZhvNGzvL6zeOQfwTIvj3OHV+7NE13NH0YbrMALrnvwC\nM3xl/sjqhcfZ8BHsPv1RLw6uLExnIwAGRxsn7lPHLd3CvhNDPjwFpQw6oT1+b5Zae/g5um2cWQRoIXp5\nTKMV6p5YFED60EvQNh131x9QR8OyuHS0Pjdcv/1T/eSVxoNT9BJfO7C6SFQGyiHZz15tHp3AdhOdzi02\npq+vXnhWn37avLeYjYw3lhebM6cghME42YGfiIhevFiZP0Gjb3qGW/b8duPoUH346Mo8AOdc48QMmfoq\nxNEi13z5KdHIFTp7geK4krCUjy1jOm7KMA4dDviM6/Ni35MQydgPfdePEl9XqlE1ir9NtZsyUIUnnl4k\nAbOhBGwa1juIlQTOhmFUKcRa4mfDqo6ZhKUYvyohpcb1U095cs4eqTREn9KP8eQTiZqPq7HGe40uvVoI\nJY7UDESM5ZDAUsN0klCVVYG5yyU5SGNIrpHQQg6b0Sjfpn7VBj4aia01KiiloXKjONaRTe5kSK8fqzj2\nC4w+RG9lGbnmATgPMjhOVSn4axGJjDtlqLlhoN+rqVArxu242gbhSuyohOYWFENwY4mFxXhSxulJbE9U\nYcBmMMBoQH6O+coqGQnANRKkG0pVACWRvIbnUIxm5im7p5nPHRV5xiaRnkbiYSJmTvhKgjM5R6yYG1Wq\nNnNbG4n24a7FeIEv4Zk8v7WRkLHEfxqP8TeYY+z6qhp5GASztZPI8zlQ/F4IJKiYUQKYa8D6HX7kxr7x\nsZvMQ8JOpewBv+siKQSrEmNlJb1KawZGRRJALRHKnpIeVFTk6mEF0FS38eCcK6OMnJUbiVWLGLNk+2c0\nKFYqkrhBI1HXBpP1GWXLnBEJozax2v/qMd5Z8DnTlDFuUaC9KNEh9heTfbVgJDqP0bJ+qBjXhPFyZZTL\nsKbIfXXd8/dL3Cdj//CUZHsp7v5+UrgfRNhFjpkkH7+6v8/HO149rur9pCpPDbya8nSkB3h2WVXMAq5o\nhpAzlJVpQEyXKL667vqBqwp4SCKCJXzVQ594OupTVcxCgmFNQShEIqeNhNHGEi0cFmW1sdfccYb6GknX\n5Uwx94IfFFREjgDhkCsNY5iUxDd60esnrxd/nfh1VLLkF14/xM8cs95/PS6fPPr1gOTKP8bvy78O4fOD\n0ubpr0fwc0jy6n+ST2bx23PJqV+0mfavf5RnlyULf4q9SY8vfh3Fpy+YrY+/F/lvZvHj2SXJ6n+M1mvf\nvz7Dsb2+yvfyO/QnGfySYf/i9YL091j6f8TeZWwvXl9/fe/1Sfz3IZ69a2chzz6Sb/Ekxn1DxvxEPuNb\nX8h8Zdb49kf5BG/5dVhmzb5ZY4Atn+Cfl+j5R/vGtbEx1//H30eIZw+s9cA2Q+hx9t8VA+bwxEtZ0yvy\nD9d6RN7+UNrYOgasLLAklQOW0DPHaesXLP16AL09+e3W2d9uj/52a/6322Py+9Bvt+bkk7O/3VqST47+\nduvMb7ce/nbrZ/n3Pfl2Qhrg/8u/3ZqSp0b5ID9Bm1vy1Lz8e0QenJc2M/yF/15iGza+jd/7FHlaWl7i\n//nU8G+3Hvx26478fv63W2Py1ZL8PiGdTMsb7/126+lanxzV7d//jXddkJFc+r2fIXmd9MPfn0rLe/LJ\nvd/7RPsjMovp31dgWlpiDI/kkznpbVqeuiOfnJanRuTDB9JgSj55IN3+xAf51T1pc17Wdkh6G3oz//bw\n2yNvbvPfb0ffPHxz982NN9NvZt/Mv5nBP3d//xw/T6Wuw8Lb8TezUslhhPUZ0J41GEbQfvbNM7Q7/PbQ\n21H8fRefjr0dfntQ6jzMSyWHu/I5W7Biw8/o+SCrO6DfqTf30RPe+/YAPnuO3u7h7bPS8jZHhd+G0eIu\nWs5wtFJbYlwqScy/eYZvx98ewO9Tb36Rt3Jso+j3Jt/45sHaTEbx+2PWosB4Rt7MyJgey7tmMTvOlFUl\nHrKWBFrelNoUw+jRjvhnmQlGgKdYo+IpnnqCnyl8MibVKlgN466Mlk/wPbOc1+/PYoQ30fcY5nkXT99c\n+3yEb5OxcCZj+Ocgx4uWI2+mudry28/S5zDeePfNdZnduLRh66fcG1mf2bcHWR2Dq8Q1ln2ZkXHclPZY\nZ+zdz1xdPDGCzx6gj2EZw8/ckzcP8Nt9rNIIWo7jrcNoz1ksvHmET0Ywh8fccRnPYanSwRW2ozuI9bkn\n877LFUZPN4VGWLXjOvdExjG8tneHWNED35LmfsY3HNW9f6/6Y1mZQ/KueaGKGYwP45K3ch3mpbdR6X+U\nMwfdzL55zjFIbJjkBjFGkrGnaZCUGeQaFG0EtsA6BjylVYlGlDAlj5U1pLqDRKoVlSn7UdhlY+wl5CSu\nAe5ITq9E0zNdn7rbZgKYOA1DyX6O+DirETCSV2KTmV3DPM5BHUjRReAzN9BpKKUXQs2s9n6iGxXWvBrU\nqk3LNxLQN6DcGvpktHmvnRHL0aBTz5fciFhLdnIs88UbCiw/UfalaITNAzBr4cp8C8Nddcx4V0bIsPhA\nmZHRgY27zytPch6lsof2BrVEOwu2dJlU7aUuy9zwL4AZhnwync1VoU2e8Ewq0xXQzNwit8y0hTSWOhbM\nMmHBkQLARU2ilKV0p2K+pxRui5mYgO8qimnu2oYlGlkCAoKQWAGDKDHODyBHJzWbjyFrzVQyicn3EkCf\nEtMUGGlrGJbJeLhAcncJ1kJCd4Yo1wjiMVymjDPMSYK+mFJXldSEgLFMNpdkYx86wyN4u2wn666hb/ul\n3sfgWbOWW1FgvKard3GmprzD0llSjhlytUfCpR1gRFv2gaHxiRqQ6DsaCJi7pBuVdC9IgZXuiGfjmqdd\nRjYxWZXJI77h/rHuB5aYxRP8hHU2GbxYkoS6gPTBlAEtLY0NdJL6GKxRIfmuLN4IeG2zHIxNyjA2PptF\nu7hmJDDsAGOAfckOIWl4fonIvOq7XJ5ttuZKhcYGV14x6DewO23TZKxFpAIQLinSZk+027B4I3GdAI1a\n4sYYKcv5pSZxCtpmdpi/WWpNmWwQ1DSTzjzmSDBgjQH+wmMDfgRIiYXE5xylJB0IzXe1p0HPuhYGvbKo\nQCB1SSSezw8ZwcfQTabylbSyU2EBNIB6icDXXlXSDMLUvn+nnburJK3775bVGEmbMikHbOSCysEj2tvG\n8iFMyaB9A9IocascG+dmg3oZx0dq2JYy6ywp6UTmLqkthkPBX3vsFrtK+NcmyDDPQJJdiOpdzfwBbrCs\ntSHVwTLp3iRv+sQKAafbCfWgs8Pug01t8npJISr4wsoeyhBfSjiQScDX5IcdzG4rST2iAgsyMmTTFLTk\nkkgsuPZ26jQxTOkJSfMSvx/bOjssJpMM6rXk/qBm7PxAUpx0r2VfyJcqyXNf2S/4CRN+32lr22GFh9TA\nYUL1APchSiUKdC3vZS05ZoMVWtWUNqAWOd2dsyH3DgPOpTCHUMinYktyT0AFzCICm9VsYotp28Sagi2S\niBBXdlhhxeK0oc0KIoFVmVpTYoEUhklawSkx/Nr7mNQfQgozC8hjaG1c6fFhuaSeHixrS1LMBPF67Y65\nKmGg/jarA2xOkS3wBG4IfT4v0kbXmOeCld/B7MBSVGbJEVX72HI4M4ZAtButCBKSAilq1qUukRkHSLuG\ngYmSewXCpwAKavmWFiYL4LUOiMwD7YADtkMyYHN3UOpCSWKJHZab9NFKfxpLLeqcIxnYNo3D0L71pSgz\nsxU+syK9nErCox86bAVJoPzY7MAKMp2ZGYYqKMQ2PNuXPKtAWpe2sg5vd85mTzhrSUqM9MeagZkrfsos\nkH7MdluFZUjVLk9y4/9l5/651dpMS3GSSCI7u3NUpoHex6hpUkEimQcFRs4OaKn4peM2m35n0+kMazLg\ncZb3xdx3gxmK0T4qNwYmQ1fRaBZhBZW1z6+klbIVcpArvhfUIJ8rUoUUVAIFj3Gy7LfEexupbYWpYATa\n5lanrPYaKpPUQJ54q9NrcUjMDMVUU5ZEldpXFlZgzUQ3UiZTwKFnvE8JeeftEmyzqGSXR43sGF0iF38V\nQZQnjk3nMHuU61vRzNyAtOoMSvkihrtuHdQOy35vEy25lqVhvrHZeiy5hEkrVwQEKyhj36Xohva2OhLK\nm1gwVKDWNUkBO1H0E8ZFY4C9VsCzMinWDBIYHZpKJPKFdfLwH984LGjOucdGi6cEW8H61N05UXUgaFYW\nGmDMP1MRuA9SubSiuaL78P6KzQeOtU0M2qrFreZhkRzWBWJ4tgIPi0oeVDUuubMtZR6rzTIzOyz4slll\nRorAQY+zaJqR1BAMQipgrGupsqY1NHosqZEu641XE8FuDCSOJVnNBm3bNE4WAmOKnLN+PRkPAoRzhzIN\nJIcVwhwyxKp5C7C0AlmCKZlWLeKCyWqmNS9JPpJx7K7lIUGTiGvH+sI8G9Tv2BycWIquMU6ftYr0Lgny\nhzAWbb+WZLnDQj9ffGZBCFlO6JDKNn5jUyKY0kE6Y0B0rodCPCAslM6oCPBdGyBn/1oamfb+mrI8MvVR\nVSrEQQtXzN4yVJxxKtF+ohtuoy9lWZjWqC0zQ8BT3G0VitpYZvkt7X0Z1CoAGt9YIWkTWY0Up8LEAKlC\n313LorTpjIzPB1IUH24iwkN2xObHSpGxoFayibBSIgv0Z4vUUPGxG6sULeXnWZWi7FdZsMdnaq2ILsnO\nIUxhQSIvTWSrmB3KbEQLGRP5viS8FjAZgTmE2y2eB/rle39wpDDPHgsnoSIprViyHiS2G4QBQW/TE41k\n0mlvF3mHGqdIbc9UXAAe3lcAadOrZS5tdpV2WyjNPLKoyCImLB8kpYuorkPmXLJc1oaO1naWku6T6toU\nF9aM6E10taxDJhDo0IkKYlRIeaZ1LZ9L5pnDFcNQc44UvbEpywZ6ZTeIvKXlc7CRY3OzjMTyYx+s1Cv6\nAslYJANDo8NUyhsy6wIWiqwSCya5PowRgHRj+iwtfaxZLMDZziI5acWWJupJBn1BZhETM2qs7s7ycwq4\nPNaOTaNgDRnaY+WYTkQyLdlRcrIEXEKUsmrxuhZnhzXuQOvgSZb0Nxgg3+4oI2/3wT6SWthFtujpYuV7\nAAlBDutabL6esWPRdkG2EsyiF9ci4002/UDKi7U4xu5YwdbMsgmnzqCWtLyODluvDfQOIgQMpQSTyh8Q\nnj5VuFPwea1CjddbOCxq6nADWRwdf70bK6iETl7XwMrbrLwWljZY4t2JfwFVMXmP9OkzNYSlgPiGbVaU\n/A2wDPbnAIiRX6YUMsZlCUIViGp1uv9uhYdUCYOIdUSd2mQVr0tJYi8TkbCYzjbI39gXHVfWO383VxMo\nEo/pLgOcEdOWOwuKgsWwMDdHBglIoxgiA2tKHe4o2pS0PoFH2dlfmZIIyCGZJpLwRjVh0zRsGoizW3Jd\nHKIZsm+tSnKT0ocubcWKL3URQ8cvWqMpsQlhHgkIr223UqBgs23axG7ZyoqcYvczLTsv+VO5HowMb01g\ngwRarD3SvOT84Dsscuonu+WyAY95T+QL6gFlpD5ergez5DrbNFkASN4Y0MNrMZyC3DKCTVWOSK0KDdS4\n1i6ZU/mihQAe9gTqjMVpoNlci9ml5IHYMrS+/ES0fZiKSPqr1FB3RFSahNAPfxal+CRlAbiSZb1Ye9MK\nFGewHHG4JNKURTSkMIUByMd4ZelYMlPy3W1Ct+mVmgUOy/hzN6MKt5NICURF/YcX2aTFrkKNm+l8YSHq\nHuvssCmvLKdJ9mDiEnR5L9gD/UlNt6C2h5oJEjJyeIJFyyallUyj1NgqCcwZpnYykpVseIUKlon1hGhl\nKclrosUOoWOTCDe02UQsMSNyPbR6Er/aa01nW+nA7E3jfgxCCqfqOC8lNDcILmhpKVgalNJ1vIaDeZpr\nlR+6v2JdjNiTbPKgVuU9KL6Yxf7vKUQtkuq09Y9pIAwkh2ZGLlIQCQZTwJXy8AIdtJuu+UOMFFPFxHZa\nJ5dd1patjlQClLpvPMZKIRwqYlBhq+iewvj2SXU7SW9d12KrHOT/sq8SOANyr43YaqwAxzoC3CTeqYA2\nGvi4ra2nNQ+OjTfYjD3Dy1XwAOtA4X9iVu/Xf2MaKAhF0kRB47HbnWvfY31IHrPL6UkSzJdYILhHSmk4\nvLXG8cO/snJbWd5MgGlttS7JRu9RjsBg3tsQrpcrReKNzi7r4SnCtiMqI8NE8ScpzaHaNj+2NQ5kKiAb\nWi6fS5mVwOb6mT1rjqWNQFWe49i8wTX3D0vUSiZ9ESzdYktgmI/lJh1nm7Vz+GxFiZ6zlTEAEGsscSc6\nQEQz2xtKLyBe37B2HCxz1smPmIQGHJzEO2y1ks9TA2Ri/m7NKxhUFcGm4r2jtsZ6fip5ohuldmZQa6ed\n+40Cy8idAlKLYMO2VMoskkVBbta7tfHTUDgOkJg79ol2eEmPTQU32+Qwttbyhz+w4thOGJUaQsjaapIM\nl+thajdYRnDPfr0Ndl9ZVTbY0hHfWQaqptJ1q6ixDTbrsWXntr3b/un8J3EicIXYRTQqEoxeEtfphWN1\nxZrzjdT7Wy9iBrJMUjmNX9xA2PBpIsN9l5fQdDq5HqlDyxtuQC9fWh+ntkCXV+KI7GHuZlgS9ONEoZT7\nFVhRrLmUfOQq65dKoPMHQ1rVrPkZDpA8hVHDEjcM3/EKEJBwzoFF3J3zmLIdVe0bEsyBFGAzZA2Mf46C\n1SnBzSpwaby3doqksMmCChiCcn5A1L/4DqFet1nvK2vz6jRW1ockR9pglSAgJhpcm5ioGSPOv2JNBJFU\nXyn6ZG0M2k12WqxIkxXL0yJ76tiCK5KPiV4+k5IHznZq2KhIbSjuxZAXx1ANglL66aTsTyQ5eb1NjMw5\ntpRN96CVptTyX/mlzhaZH8thcIbbsFEbHTdOpX4N6xrkeujHRL9ScNOwmB2NbBoG6e+GprFZwQ7YkC4K\nwYrdTss6KXqZRFJk4Ctrse+xfuHdFmvsoaOApXmkdMXf/JiktVaQYYd1a+2xaNTmwndWCRVY60LR5fmZ\nWKuOrWNitoUATGHN6nfnK+va2WWtcmt+GNdSOTYdlGKhGB0oYvW02UI0X1g8KLmgAJm/V4dQLCdkS3IY\n3rJEcCLFgoxIvkKN+lbqdsf96BP0CYKsAXzSFcjv0Lmy8owXRmHjWlp6oSid9VIFeb2tumH6dY0Fw0X3\nBwFT1NFSKta2dtI7qQcdW63HkVrZEKaxwwRmKaXQuTbaTvG9Qh9JnrexCbAOvRE6KPZar8puLUnbA6KE\ntdRDMmV6YKGWEvqXgGRdqZlAde6wShS1p9mZ9lMq2jJBG8Ug9pNBK/J4CxE2QDmSYpzbmisnSZVvBifa\nqhMtUnYoqNlaNLFrDQcyOnsXXBf22uME+jvxooDlnJNa0doWFPIANdraVSalo0n3ihXplC1dfyUlTkKp\nH2CSbQHdKUqUjXg9aF4J9s315AWGel4kOKtoF4T1V9GG/hCVlHdajbfDuo5tzRvTapUNhrAG03gjHFGC\nFV30yX1qDc2iX0w0L8FxeBlbXkp35uVagtAr2nLysNVYSgg8FUi+dgny2+12PsfL82JkQ/pZZFy1BUCU\nI3WtWX8NS8AK9hQC4v9yCmK2xLzZzKH1TDXvsFaCw+AWwfqxVCVZK3LECgqJaKdE6gEHUeoVY7pa0Nnn\n4qzYxMMu+ntgQULpbbfuYaL+SB5giNGA5VupEA/wLDXsPF6zApFhazo4UmhEe59Zv/cnUhDKkRufarw4\nCH/VxNsEaSoFMyRqiBCDlehzPUZGUOJVP6DB7ZKV3cqqddjs2NZe+hjKmGdn2AAHmiZl7TXP1iMwLA7s\ngFisS49lNrnF1I1YCSV2jqVIKQCAR6G5vMhNZSHLrK0vxfRZmaaYWg+UY4te9OxmuTdTo7YXONWHzfS+\ntsceHK64FCIe8tgzRUecAa5OBVw4n1t72ubzt2gaE2FS0OJbgyzYwfpo/j4SEbV9xXf/2CH/I+HF9Et5\ngKaOLTTmiLYFYgGxyAoCmzrdUl+Y50Cs2mH2WFDKewyIIxN5bzEV5/SA3LlUsrWYoAPExmdsFCxZqeKt\n1+q8GPKYppdONIq40VzyB6tw2NJnbbwlhv4CFZJZbGY9ltIhGmvNQ2tuaBWnUWunFA62jEetbaUNT1Op\njmKfdflsySPD8qv4sZ5Z8LpDYbdD0Lax1aec7akYmms1jPZaqwDsK/Rd1axaUYo8VqXbq0qkz23CVFup\ntiBYvpIKLaB0hmDJDZQQSLb0wbufsSBQEA5qhyyxw57H/TWFVDcVa6/QtUJdJScTDiS+4Vgg4mjASdXw\n9RuF+GBNRWwdtIiGZDla1iehtUGrcA0mQFUQhtryVrZqmNnOGg+x1P/hATj5HqLZ0iAvz3RYfj6G3o53\nWzdTH0+vYX2KLs/nrXlMaBKy3I3Dq1NsaSLWwwHfh/KfxMYk5hw5vokd1gimBMXrwkhuKBOqgwypVUCB\nYhDwdgsdd9iyEIQHQL8Wj+fa/9PpeuefO8RIc7ojcY44tF3BR3K1m+dY9EuzxfxbvRjHGhcQhnhgUA4H\nXWOrn/HaSpZO4Y2QFICYP5duzUcq0s1xbKm4H8Rrt8EWEiyz2Foh2jdoVZ2dmMdabfvBY44XwTSJrXM8\n74iCHhzM57CfBTGIS1LxPdrKdcNa5x1xnFl3kfn+++9+6Bz0BQJERVML7fLwnNRITVJNDyeJnVVX9sYq\nFUHqGFvAzhoqXWCnXkClbdYLbs3cvLUGkx3WGhSCzDl/9wOAj4pJYcUWeOdYit0q+FJbNy9XAmywxRAd\nW3fQSJ2YqBiyJpoKdtiTbNayC5TcVYAFkdsAglqbdfG02SKLXe2B39PSknfEvQjGIxVD/NLRv2vNJy51\nvpwBX4mtVmW1ygCkR89enAaCnmNxxrmWGwkKWK8vDSgIy2T6qN9WT9zYbYlow1rhNPGzAgFLkXfWasby\nfS6VS5z/4j2rXm2tGhSL97Mz8aV72+WKVyPV+7vaCeqIbWw9RwJ4SOGyXyHV0IwoYBvFjsuzzj9Lg8Pe\n5LWOnFYSmby959ET50OVxdKSmqWvrb4QdO0ze9KrHGGFT3RcEB6N/X5Qsq2HmF8r9yjF/9aOvqu8BBLs\nJJ602LHy06GPEyYd0AXveKRTFEwSW0wkZ+OOw1OPCu8u9WORtNBxfvJfFvkDC0ehH9l6jc5aecA1PWFL\nEtI1Sm9orpUXqW0QZ0DAw21KFFtVbW3QG/fYqAEsI+8YdOgT7845Vp/5oTgDuuwxhq1s87eerv/dDpFI\nFxBPpC1YNyzIGgPeihKWO1aUeafbWY+/6Q6Va2vjBCtha8Fs3RarApAcpTDm7lp3EauLcbZyCthmKwZu\nBClRb7D6Mr6jygSr7Qi4ciFLqdEZVxJ9a523UhWfYmbtLNJqPEydtbh3WAvTFq8yPdZslZWg1w/YsxDY\nknqORFZgKmIV5Ktma875i2NvjklATjzqYsl2bKqtt2ikyD5GxjtE6MbwSDeEFYIS0Hl3jorInkkxzmO7\nKsCeCe352JqYEXcDz2ATOYLbZgS+2kp0htznx2Rd+glpdoN+PmHF4SjcvOa5dF2iC1sk1GE5fh6dWpjW\nKrfobahSmqF765MFm/01DWpYxj85OSJcHnDS7Qq0RqcT6FEsYbr6HLntdP2f1kMdWkTs2BpqVDYcjq2z\nZ3i5MneFZ95qrRCo02VJimBLDiHZcgNLtoERSC4wMcC0vBI678i5mlxgIiU68Xut3fJvoSTIB4qBG/6p\nvfNCLhsB9LPwYHN1n7Oluq9PbjPJy61IjrIVVPMwVIhYLD23dYtPrpP0SdUkBWPztk9HVKTTbWu3bqSt\nw5vpbGFAW2CKTjIGIPE6TEcZW7PUkwKCsa3N3+JQCUdSZZWIumjphfoxpMfXoduDS051Zc8PBy2sGCyL\nF5ZnXeDiQtzD+z6tL8exJ8TdoqSAIFLa9to34j9TskXONq/ix+Lu3ae9Tlv91vncxijtIV1vdChJYj8i\nluIRYiwKFvzO0ondObn2hIWg7GEw0a+SmYiQFfQrwlhuPXCwWBUif96L5bCmGXgyTQzkkinW0G1RiggC\nv0D2RGKk2UJpRogvpMMM7F8hbOLBii8g0fPFqb2bh7MwXsUzt8EWz6Q/sopubJyHQ2KgUqA1wSNXnjsb\ndy3MgMWsfi8m10ZDDVsFKxm6uWZrT5p2q0Z3xBEGrBxb75FXMHBiiZiDIiCwD1o0Xet3jB2DjBOAFVhT\nj5dVQaPtlv/lLE/n5IoH5TDJI6oZIimHd8XwEo3QHgbHFSvB0oJcwRBriWUjFANFWpjWI8GPmJiWG3a/\nsEcGfmjLAUeyGH9nSdb15gt7rCpFJlUoxwm0A0Q7QmYRtNlyvTUiK7keVzSercv5HWE/KwFKDVXwoESG\n5K3v35FKYRvk3qZcT8oa+rkep5cOZTotBkQFQPtCW0F/Yv8IfVnwGMIGk7anco5jjyPoMgFZbcjt/PLz\nHZENOBQ+Z1yEmDnOf9mwDVtTkIfIEk8UUf0OWgjdaWFa4q0JapEhYQUGFX0ezOohHhbPl6We9aJFocGl\nvq+3nSFcsG+jxJYKk1ph1i7eXBJfTHWHDSHJr9WhtmVfJVihzANYnjsy6JCyzpVeRLfxpMKxIVyMHTA0\nFcpSzJDxWZwAZIONhesuWD8fDSlozO5uh26VLkuuLVJulGdZclQrzLhWfDQvGD0KqdihPvPWh8gzLFo2\noN9iFNsCsY6tVYhpyz1jkZWRtuhfnnJQSEwitHZYb72xlYA5aMyGRAqOJsrCjlpxz70jCZNOfMzInv9h\nYVmUkbQL+CclDBl6IjDNHlt9U7DwADiYVz18asG6LQG+UTlyhsPHsRRfSP0/R24A0TFvfWfZbHatfq+L\nOxiJ33yDLWJsUYWIGsy1zTLgHql7KUsrsCLmVlkr6Rtb/3qjxFlI2KkfeRvpc7fnt9avJoGDcri+FuPJ\n2pUErrVtNhAlkXPDWr/FGqKC17WQm7AriqFXURimLFoa7LABjuLsZ0KRUGsUC5Cg1waLiuYb8aEby31l\ntkRem41rNl+6PCrjZQ000iwHOPR84YGd1uug6dQjYjFlnqvxnraAJ3eBdTPhz24/kZgVBlgNUE7Y0FJR\nKGvFDY0luhZrpOV9mo7Qg9b0snrzG+Xw0jGAoX6WvLehUBuJqDGxbyyBymVhvH+EK7DRRttBwcrCFITx\nKnKHHNSn1IF37BmfQz4TNWGIjW0NZcfSmRE0EddskXTj2EOiPTZ+CUKGW2djyL2i3HrIg3VyhxzD+yGj\n9ABUqKDpMbMucV5nxMViiV9YPvZgWmKCgkBu2HOULd7p2IrfeXZNDfaZElzBI+E0+QQLCCoQ67pQ4/Ga\ntXp4Gub5Uji6IGFMNTF9AmX1mJFal4khj5VIHvS+hrEupub3utJO99e9fKbXHpPZsphGzmhBjrICeUoL\nvM+etG/kdZA8h02lXqSwUxBY8NRu5co339i6rJ+oGCLPa5c7l6yME0xJ7ypjvRhwwTLzQIf9NWye+poZ\ncJ6WA811LdsSVv5VcoSd2nu1aht5T3RAYwt/5XrWqmDKbYuOAlynNxzUw4WVCvbYvLWAbRECDquiOt+1\n2Pgj3gfNSW8UZqT2oneUltrfef+05o67SmjiE9ZapiSSoIW1upLfWaJlHB19HkWJTeWC8I5yzA8jq9i3\nMyBpkLE4ScwcR16yhZUVXcoBVOi45tpH8deGkS5d1E4E1qxL65s2GyVWtp49lsPEW2h9yh2MmgcIvI6N\n/t1EbBlqbdpLcophfBtcVrQqYXtaBLiKbHnOLnG+Q17H3P9ohz0yECvHD20N0LXgcVGfAN6wbgcA9m11\nfOcHXqLFEzaHHcmNOirg0VnI8F/KwfYk5bWPLGbLg/BesF5F4n95DNjmdCmnHNvrFqCsnS++3OvYcvob\nZU8UhF/s2Jr5dNMnVsOKKbmuxSr7fNlyh4yQp2A+j2dyZM5cT1QAfmL5Yp5oRzmqh6Ivih1rtIvBWjDE\npJq7H4olT9kM0lcsIp/ov/I2Lx3/D33v7ziEU1hthiBI+C/ltGNslB5GSqDxFxuMavMl1tS1U/Dl7kpR\nsN05LIbMKBG7+itJt9hoK0A7toC2Y+NRBuUeWFAn/SbKqVqfVWQFfJvdwE4bemSLqTu2KrKNr9CDVauL\n5YImR8qeY9LKkXiKDb4otzXHQqc9+9bh/hqDk8QxQXlF8vnOHgtxlKpawzDIV/TsiFedPvsWuWiNOlB8\n6f877ejYskOJz9BREunwhz/YaFXhTEjSrt4dX326Z+9XNoDFVltvl6DzaN/22qfehtw+SQA1GwftMSfG\nYoQoiw64zJbldyxANc7XdOjK2WFZSTly7JFscaHG8to8ULMHHdaw9dptIX57PVc4EAXEKHgDT/mUZdiC\nPb7/1B7Di8e4FPHAHgO1bOTYOLIu67NQnSwL3dVuy6Abia9SiUUONgUg1o6tAS783V5WjtjsVRtd+wn1\nUTc9ZFxn5kUDCfxNSchf9z//1bmhmNra5Ka9R9zhdL1Bo35q10X4oesdewBkHBsSsl37fRJZBSX46ppn\nw/YlI1unEKj9kNElpf0AJgqEI/62jjdFU0v1aWY/4P2JvQSmwtRgN6q+ul6S2yhhcjBIWi5Uidwk5RVU\nqYQIswuSvzRQ9i4HJrWbf2fEK559vrrP+AnXV8Z+p2wOVWTT8Vmlnem+Nu5Cha8W8FykmPvtMUuYsboV\nDKLASx+p2WxKfGRvkoI93Cc2kWDicrSWby5ZRV7EcuolxojKpRtMJecVfrydkTh/wIarcpzRqwVexRyJ\n7oiMTW2KbJKQvcJJsk5iFqDntU5+hAHxlqSK5LhHNmPcaOsMkmu1mPeCpYppfepXs1EiYTq8MsrzS5Fc\nSeHJPqAzcQ34SllnHFaC2VOllA782BYAMGu1BfiXr8XM54VETOSC8Hs1laS8SCnkvUzMOucNSBS9fVFR\n9IqSbCuet/E7JRFyENKS4W6wYAyGxuj9V49DCZtKJF8WA7RJ+fbKA8Nbf1xWL3BdtoTtg6nHcnGX3J/L\nqERe6hO/uk5bJ/bXKhOYytq+M0t/CjgPdBMqu+RSlAFj4e1CPu+2qjBznBLn1UIoV4RFciFYhdeEYVmV\nVASQeH/GWsht2RV7bTNtMZ7W8zCdfxPkMy4LPKmAo9bSkHhpppwA8qSLThe5ozjmHaL2loDfb7LR+2za\njXjksR90olJKcqsSOdn3GIJTW0tENGtTDtYS6cz+Nol22LqWdgOcUGTujbbJCwnvx2LaPSuuJyLfbMqI\nWcvW8Yhf+aAE7sp8fcnbov+JjkdGkZGemVnFUHQbR6YCGvdEnzboSMdruVxAj0YS6GjLgzoCXt9MrL+W\nuyPCjup0LZfOSDIBgUZYk3QlVTASXSk5ejzXHbC3ccOYV/sZOyYRFIwvtMf04vXEiwesbHO61s6SaYAz\nNoPHDwxES6KSiMK1pByvILcHsR79oFgaa/smnjY68sxadtJna/tsvTvMm7T5bXLrNd8PecsYiQo4kIEz\nvycWWIUd1ORgnRk0crtrTLZQVAZFLvcAs1m0uG8lKlRuppEY+4RpRv8/W2/aJNd5XgnKu1Hd6H1fr1Pt\nZmFcqALk6Qk3qlAOECRFyNxCgKye8fQoblXeqrpEVmZ13kwASUkRAEhwEynKtkjJMm2KIkhCEAGCAAEC\nIAl+gP2d/GQw5os7goSoiZnfMPOcc57nvW+yRwuqKpd73/uuz3LOedA2iFUgTqdk7CrKRPK4IFuuZAUp\n0p+c3dn0bSuiEr1D0VChzEYsmGJdpVA6y1sojWIvMM5I/ilG1+YpDHz7vm07rBwIfx9mEau0DlnichPj\nD6gponOw+jEPiMW3uRnsRgQB7MojZBExH/lc9syen5sQvmVDqNoGVXeveCCIbc4irqEcCrwK1UbAfB5j\n6neJcpiU9XAV1WMVquJ8I6oMzBkgI5091TjQvLsxaIiaAGAH7QfIFW5YubWFc2DDSZ2qDbO8ZJvSmGEy\nEQY6he/SPW2iZl04CdFj8BPC1NfsQxWJp+vS5QccGzHm1ZGQYnbf9XrnSt1fcMJZrENNN/KLZIx4u229\n4LCxCXDM+h4BIuLdUHS0i4fEclCRt9VVds39vk4AGOACY42T/roH+JYdjd/dUwTxdMRy7EDwYwEdjP1D\nVQGGiKyT/4lKWuujDXGfbZ4zjEggKvdR8GoRthBRd3XCcvGQt8dCtU+yMOla5fsq5ydjFRsofICeRORY\n63/Qw0CLHdbFvLUVO1JAplMIIY2ixRMmbZwq1KgiT1Q16U0AAMF6Va7R9jkg8rbAlTMvdYStg/Ojy8ro\nRHRpn/4PgjfNOwppdXnJDM6lETgw3I9E9apQ0JmhNrYWFG9H3bJ4oT37vdZ5sMycS904QbtBMBNRSkEm\nMI6bA+znwRtHQMBO0UrJsc4yrDG4QqK+1uXXxZspCqcq3uf7hjSGVkc8rFm1Q/savB7YzR7om3GOb0P7\n3CxEcqVQ2q8vupMqE1jXMQbfc3Q8cJY0uBued2IEcr/4auz/4sl0nbbdIK+D/WCltn0P+RVUBavWhbWq\ngV4ilBtQBaZ//ZyZMKFj8+4hGWo9AkbsfixtX2p12dzqqj7KwrLzvBvSS2aKwiFrjVevmwTzzRHkXdXq\nwvoXChXgUOzztsrMA7X9y+6GZ9S8sflmxoEQeAzXL9MFtpFhyXb+DzumWTwYdOs0R7kt3CfqRqE6Up3l\nTqH6S8Ws1h1qNuJ+HpWd4fk9XEW40jqrLnV+YBBq7pOLzrODyY26f7QasK6BCgFKw9w+bOVONlbtkD3F\nF0VVaqhSwJiU7b96nnEPmawlZ4445gAgKp7D9JPs51Kv5rwmrcmGjnW7SbxD4Gq1WlJkb1nzD/FFwUKF\ncqh2IICLc8+B0sWmSh+OVuFh2r0dR7aH68/OY0cKdHr1I5xhHkYsdrjb6GSrrurmzMxwsdnCYfXjTZRz\n73NeuIpA47B5hhOwJ+GcBNvHI4oTnMU47x8ed8l4dAr2PNLQuE7hC1gcd1TcI0i+A7epNDdJhd5Y2m1E\negbPT9RAKnlOzRcKi3ZrglUKUR9Wq50y/3Z2CjFXHRhFEiG2P4fuuZMg9iOBUpXcRe4ztiCdlQzFKRqG\nMn96kz3FHcwB3iEw0B182tqrwmGfJRYNnDJyNwqdq2uTe8yHwZnPILCNULB4HAXdOH22T1QDAf5HOD++\nDkJzuRnEruE3XB1D+8DqxPUDEKjgyl7rVcdgV+53O7lXHh1yPqm9y6o7yQpXHO8io8xiPZnTimm87HIW\n5qZvAgrTd6GIgnW8cAKIn9gseFBgwQ1gyVlg3xmOxutOTNrb6XAe2h9HsTsTl8GNtsuKYLZ+lPXsFL6P\ndrG7NqL9cV/8j6gWXW8tgi1/lz1bx710+A6oUy08W6fA3MIMErIFtEizwFX1kfsehguhW9d5aEhFH9SN\nwxpntrmmiAtx2OFhq8P2WYSUsL+BrkobmLkHVmxkiFIsFK6DLTh6ezuC79ztIBm3ExtVz+wU1dDZ4V2P\ncU42t4D+hmgJonhw2MBP8fNlidX8cMAI2Nu4iMg86p4hxlIovrQ3xFO0fXSW5x2ArH0PKiC1mHDj3jqO\nqHlPQ3n7u05hL5w829wt/iOqHGEeNg/6Pt9xkLyWG+taDhEXdcWTpnQ7iBxJa+BdbjfRQbUHmC9Edp8Q\n0dBbc5hSYSbZRm1ei2t0FGQMrdTw9OHHTZgtxfoYaj9ENgxBU+1iYCny+QvHHjcOFC6cR1bt/L3f+0//\neefuDpgT8CXdeR8WodXByo17dnkGYQQfCXPZBUGanc5BYgjA+tGxPgXduPa8t2mDoDjYLsy3dHx/m/fz\noutU5WYdjEbzR2dm9hGggBpI2McYPFqCCMDqoJvwmp1lRJdwLrnADIDbI2w0D9vkRhCNoGx7Dgexz0Oc\nhFxO28exjzpbsRFZcmabyDuYF1Lb8Wj84mggZMbSAnHUy4PDPcQDSie/IR5HVvcup5q6AkLzVZ+3rn3R\nLWaP2ka3UcwXej7YIdjHaE/ViWw9dImVwudT4QSLjgtWFK6vgiAN7cNFlyRYdHJWoCG0r5W9OZ9/gaCf\nF3WiY94FKTfLHt4DSmDVdneg3qBNMdqw+WgP0qVD01T/Eaa33c58OsLyWLzW7s/VxvZLGMXBpIGmKdis\nsjtw6ksHcQyzc3pLng53LuHSkidRvgHJmK3mWy4d0rh4REzLwpmdBctu92HfK8+5tKL4ZM/pUIVvuIWz\n5p2/3CwpllqEzoIrsYAWaHu8QFmwq+Tf9yY7XIxiVB4jtQI0ELzv7Z5xzYkGu/z45tlGtZkPDQp3VDW/\nts+Y2YT6qhPbNa0L64ZetdnRazbJJ0BoDoa97h1AN/W6YGr4cO0NeRz3tze3ji0C9L2zcF62i/40/jzd\nI6XsdTs3NrdYBVnxAaR5SKoSfTy2yV28D+e30NFLTqjcH/EdBFDW6mMzvlD8eCuWfMN3mYyG+THA5iUH\nUxRuWLl5U5Bibvs20z+QNnA1mOAiMhOGeSTdn/VguwvWYd9xGaXCet5sgmXZQcjjqv4eFg3tI5FLFZdA\nUzUtG9+35lW18wBrk1r/T+AUxPt2747rJe1glqRuClf1aNhPNk4uPYB5Yz5KH06vbfY2I4UN2oudDjbi\nwyUyvsgCQR+lcQ2VzvJ6uakbirZcIFuC9ebzqUBSnehX7EKMK23t2b11rJj3DzhbpXGs8Zd65SMT7Kx9\nxNmsg9i/5L9wG+jQ2rHzXECtpQV3N/39PV9a8ECfa4cV7rcWymx3Che88XS07RQOI3MRmZlZlYLbMati\ncDs2zLgZNYfr2u3G4WDz5k/6f/Xo6OZ7w8M3X6+gAAdlN4ZIb/60T5SYmZUexPfa3aiZzkh400dkGROc\ndlg98HEceLQ/1kW5Plip4SB5GL/xADeq6MGwKrEP4fxEyGZ886d2fdrb+P6ECqnqhsHWzetwy22tNwPo\nhsq+wLnLfQJx0x7CDqyR2Ec8CsHoEaLe9C8Q2YAWrcfL0JBRba3zhEJDe+vmJfoZ5pmaMcWIfFNu3vwp\nDN8jjJbYxgD1oS7lSrfoqJGwWg6dhDnYAmENzBDc156HSQuEQX2Be7Kh4fegpXvz0rBrrskjyKIMHikj\nMSIALquI2sBK4QftK3t24gD8pJSJtmMbJ4/7srImPud/l540aLz/SmrH1kcGJf6wNlLT2J4Lf1AXVXkI\n+PHQnIlkhdmFRJ4A1zFAmL1EJ/brEnFJ3M9THLZXr1JRt7RW91gBu+b7a4iy4HVG4GHXhL/BUFEjggHH\nHdmbZqVkeKsKRS75YeXQ4zEDRWnwNzxLzT8YeA/fvHQECQPF30aD0c2frsLAsPcfhlAya8pb+5WOKuG6\njuE+IQGCBoidCvKC9d7Nc0gSHGH/SMfOv4d5xMwO4q4DzGeKc6A6ckXqKfYE/GLz8+Ylc2AGiPSw30gv\nQlF4rDL4V1LntR2J/cTxsH4abKn/mUeocX/auwOQKY/YdVANEtcDWKVeqYceFyxp13BdESBblpqm9qmb\n5xCI7N68BBql62Ng3TGjAk3qm+cGSH2vQvPGVi72XbN7YC+bg4D+WUEkBspOgJ2TvG/nYanxh9+FfmQx\n8+F6KXr2gMYZZhfjnUAfajw8k3POnIMj1BmmDNgjkJGGZNSI8W6y/5RoAjrl5jmoA1Mpu+LyXR/b54/g\na9YuW6ZQPA5138aeyc6GR5ifuflWifwI4M6egFK8reJJwMqonl9sRJm0dWmLF3BpPQcgR9J/FuW38lyX\nzQP1T+nquxc+vPzRCSjZ4udHJz96JukA20/87WrC7334vD6XlHuhxws1XeoMf3TKP3eN14S2sK5zVfeB\n8i0/79ez/+v9C1Qafsuug9ZctU/wb3yWir03qMd7zVrymKsQvy9NY6oC37D26Oc13Omj42iz/YX7S//4\nPb3/0XfZ9if9/lehDuyqyW+7BrBUey+4zu8Ftv0t3pO6w/YNKAI/B0Vf/MWnPgnFZbs2Wo7ne5fXwPcv\n83v2XN4+a48+Qw1ltJ/tQPvwChWQcZ/vfPQ4++k7GA22AvrBb1u7pZx8mVd7m8+pfrpovz/p/fUex+eq\nPdsFV2x+lCrIF+xbVCu2327wiS/4uHznw3eoz/xd6hVfwjhR9fiS9981b/VJqku/b5/R92/4817wn5g9\nx9mjV+1anBd87RnMG84jKUVTs9nae5U6sI9JD/bWWaizfnyKurBSjP0pX79ARdTHqH77hp32T0vd9tZP\npK4LCwBarlSLvfzxCdd8bVVo8c2n7d0n7ZW3ocFq70tLV5qzr/PbT0Jn9tYr9u7P7Irnqbir/5+jeiyu\n8hg1ep+EVuutK7eu33rH2szrugLwo3wH98dV36QC8GP2qTPe/kdvvU11WWgFn4LGrivRvg5dXbTL3nsN\nGr1oqf18h8qy0Iulmq7aj1Zbi6Xi+5a1/JQ/7wko2H58ktq8p3i9i67K+1Mo5NrPN12x9mn2KNRwpXH8\nUyjJ4rtU28U330B/2GdfoUbxU64g/Drvfc566Br74Yr99bbf45J95zH1J3R8+e03qb37unRv7W4/DR1e\nqvNekWYyx/SE7u9avWft/RO3rvC66L3z7FuMyxlv3+t6n+rE0DGmTi/1d9Hnp2QV2mi94v37JjWbX/cx\nfRzPQ/3msxyZU9QfPo/fNC5f8P/8kv/3l/2/v+r//cIv/fKv/Oqv/fpv/Mav/9qv/sov/9IXfnPbzN/5\nu9v/3t//+39v+9/9OzPbfvMf/MN/9I//yT/9Z//8n/+zf/pP/vE/+of/4F/8y3/1r//Nv/13//7f/7t/\n+2/+9b/6l//i/7X/xD3w+y/Zz1/2//+S//9X+F786b/9pv/3C2zUr1hTfu0Lv/6F34i4lqKsYKBEhlzl\nExQr3twEA2hih0/dQ5SF4kow3O86dNfCMWowEVJmjgJomuB7otJBNdpo2dnVUDEvCkut8Bg3T87degSv\nAZIddsJhNj+DMedlSnPAiO8Uztax83qstAyTloDoDTyspbBF3ZvIn5Nmbw8xocpFKCCbD4YgNME8x1zE\nL410haEGOxqOmegH6IUZ/E5korbA1AdNCCByNcNzyK6sZh4g2EuMFCb4RHUMgA4o/CKmzUyaPJftM0Rn\n4/tIaVB46856wLzR5NsBvIz0W0NMGxzofe5YNoGkaLpwZBHLbkqqxIza5KgrDZgFQ5yVGRPELQDSb45t\njxFZV8NaWpDWJ6QLFXu02zCpaa21EbNmIP2LV3ApQaceqbpxiy4l6/rgjdmzEFM32jCfuW9T5wFPphXz\na9ayZnbHIux3Ps5mva7xKvswalZDos9cRimmUNS1IZsG0nxwP49UQrLB/UcwBYlHpA6QGJwonlinSDl0\nJ232IDatHHXdbFKrBp+pWGXdzLV9veoYQ/flliJv3QCiNMRtIzTl6mg2kdbWEKtEckth9mUyWPG+wMX2\ny0IEGkHvYfLB0bZ7OysxyszcHYXMH3kz9hlAOW++XtbNvTaxJ0cHA+TvSnncDsRpbIFQ4GeGbAbc/i6z\nZeF7gyJHFEN3v7kfJNNAMw4Xbu50nA8Cf2tjXHB5xkPs4VqG3hFABhVlxQpGhUB7p5u3pqr2jgWuEHPY\nAl1VmYqZgDw0ZNlgcD2/UPYkfkvZQMcBON2is+Cg/Kp7dyyrLTCgDvRHsyinwqDyuO98UrsXmzyjNKU1\n4wGbLMQOVky8Qr5aSnpVd3R0UECxoREpZiSsIJnrLnXcWSaHvF+ClqM8Z/dOIpbJih4qRT9iQhA0efgM\nCBJThxTcwnia5m44Uyt2gyUHSy5Hoty+24yJ0A0+6qII4XadL1c+E+AKMf1rbpJdnHn3TRKvmgBGzdd9\nYgkofyYM0P7Ynx28NG4CZUM5F4j/VYF3akiMwHD2BSgHYXZdQpucNZLdJVV+BfBmpmsmLgnXm4DdyTGN\nBPGikAIOUVJ6TXLZtm/Yvk7dFHyBs7xmxsquLB1OSDJgtSFES60nPCoAhVsbA0hRVpvWeVtVgIMaopoA\no9gR8WZI8vHKSshRT2pzsIpUHEn/nH7HRtoumrFnBT26jjS+0pBNOgP8XqAP1l3OKGsz2B0roVNuG7dt\ncYpiepa6G/CqJvLnM824UcbdMxjFrmarHuLk6kUufGazhmyHeWrKkluPuboG4slgzdoEkoSZNd4DXg9T\nra2C7LjLMGPvFcipi02fO7aLalG9VgNGAAQeUOLUSOlDPSZIK2Mc/V/xYGFBpD0lHTz82i176zhpNzYD\n4NQAk0JxZ2HD+xVzI+OhwFpYBpF9URpdeBinpBHYp8zTbEBFBE2TwSDx/B2MSq5uFIEW6e6MvOg91coQ\nqoZFJHCLyCTuIeQBm50tQOa6cfiCQQdLpodIxd6OZuYqlFxLHUD7HDBXyB6CusExpxrfi874A/wTWeNA\n2RSbBCjYUUL4DsVZ19Y02SIyuc1D7NTx4HE8b3PWxdJIsC1BUhxYtx/dGARO0QNDjXgqNZx0pSqZixQK\nEhPgCPa0rtR+a0ACPCA77wItsy5lByQIMhfWQqwzSi4mzBM+wfBTZOG6EAWmwbEztsiqjzECEL7nc8Mh\nbsAoLEt0KpLmhWvLVt0HPBxcxGm1tAZwAyyrA44ALIpBf6U3HppdN2Z2mQ9Yb0kLpKEWWXG/9R9ZNOXK\nQGaGq/s6vxCw9QpdAPNCktK2a/UhfkCUX/cI1SibrWMO/F/1jbFrRunejtkzHUfYsUSFRG2LAEd6lYvB\nMNBijaf7qu5BoPfwhGW3y4TUbMyRwkP0Fakt1EJyoxTa0fYc2N4PxvYO7SLrFhbNGlHdLVTdug7tGjZf\nQVgdjwfdAxJVtH1BW8vTqc6Js9YC8IzAkj3KSg3xEEJB1mGrHaUiNXQ4ji26kONGBfF7KDARLjoeRvat\nigRf146Jsi/dBt+akLurgQNlFQK0R0xkWxF3Oaxn4nsvCytA8MgMMwlYmolOSBoxT8JmNSJ2gZ3vKN75\n2E6X1ojGg1QGVjcEoSA/3lBYigL5NYj34AfZEVQEaoaoHAie8MSCQQ6LrxSwVF1YjPuuAWjr9DCFNjqF\ny9dFsquSPAs1pTcrKk8Fbmmygp0TqY6ycO1zjg5mJXaA/mh5aeGBwfCoHbIwmYku4jDZFue4Wngnw9lA\nUsCeBzJ74hrAEGcayUomdIvoBj9u5r1aAjZ8eTdDm1hHOHBAUGiUzWUgl1FcSsjVS7ATDOYVwXRKVVaw\nxctTyz6zrz0CiBRCeT6HAu6rhzh3bZKR5wZeplQpjlQgnKODKxdrqEfUevHMFk4wicZC9qLHLa6LShzD\nwVGqQ3F3By1LEhM23wJ/22wOepBMqRpi8G0Poy1KSxzymmRYEny+YdYy6XLUW6h8Q6M0+hZ2YaqNAo9A\nAhFZW4LwikEGBRAm9THK3FtwnX6Yl8Jr2sXujnOZAmqY+Czv12iKbtKJeEjg8rJHkXSMP/bMVVho5qhC\ndHgIk0b4CElbAS7zW3+0nxqQnWVHYRx0cFnhKgu2VVY4r+1b88UBaigh16ZOE+FhhBSsoITzwkAJFEVQ\nYuOi2L3JznBQZbPR+B+5MI6N/07BbNbcyEauEJ2wXo32k01Krx/jtbSgxOIyKVCbTnauJckpi7qR0gBN\nR2CBaapxv++PqHKI9J5gSXV19Ou1G29m/+lJpcdgZwSelmoff2ib3iNj20tnJeDQm9Amgzut9B38OuEx\nod5zxLa1Aop6RzRtvl4frrcwW2VdEFwiSbWJrI6jIIpY83HSRx7aAWSwD6XVXI6YQOMpQ3WkISidPcn7\nONuddh2lebviXMEeq1wvcDlSogdoj+ERDkn2lGRXblJOUNpsSObCgXEPdh07bClMwdOcNjb2KYTs2TD0\niiRyMWsxpofC7BG9ATlFbMKYPX3b99eBGPKEum0OW+CAARNJNXdKAvfE/JQyuF3w23Guo8VdiPdpKmLf\nKJ1i6aoqkHdXEryQrifkNOzT3PTLwjXAe9jHGsolMTQzWHvQJ23h0ke2lunf1arjtImDw8zcHtc54SsN\nzRKvhkI9DGras3CAzaVvBhZTVGqq9K3rXl7SCYlbJiTNH9xcF6CGWnOQ7IL9De3JSvVn+PVIkuMkH5Wb\nWyiwwb0Xg/LlIWV510t6SSA2q/oGBEm6RQnWIEZs0KcELgYO3/o6fDRngNMWFR750Abt82FUigICCcRk\nQOUdQttIh82+tT9sv3iurotWV1iLFSX7lwLZ6Mi27TPuxq0CIaejJEAJyyWJ+vZ7UUSJB8eZAgeyRhtp\nZ0DYXXIRUlITqaBQe2dgXUfTFIemNIexM4ptDhWAIamOzdfCU3APyPb5dTLQRhV1ALBEwVDUIYlNHRd3\nrfS5AIB0lv1ehI4rrFdJ9NGWMAtacE8A2oAuML1Ks3KRB4YNu38DEmA1VDvEHLCZSoQfNNqaGosZSXs9\n+0zAFBRDo4CEh+koIFOagcE4E6MQlJg4Agccuul2QagwHkY1A6xpkEOi4IBZuZA3A8i9DOjMktkRPWg8\nqIWb0NFDANc2mZkZly52Lb3RQLQcBK+cN9EsB4MoLGGHdtcsFTXe4lgg9YdhYkVb2N2lA/d6pPz6tgMl\nrKNeY4vmrqtU7beRXVmp0AW+bwRLpDmKqIjZhf2IVASVdg+19FYQ35A0un3DBeyL3TCoEBRcdkurN5GG\nLeYkdn4c2wHgLoLRRpYxmxpxl0JaVdCyqWxfQa82ERqyPWu4b10AaYV9pCC/tWGWWnBJbM6uA2UUJIy5\nNbPdGGKiwQDrI3BKSxCh4jaItcMadhIsgMVIg+FwBTKAGdGIKMJuwYYf0Z456RzZAx5kiS+dgwiam01C\nJhcs4DjEAzxtloxGYHnkCk6gQWtBBAC3CZ+oeyjsVYjqcauMQdkrNQtAinH0w8hxyVSorTSE+iemgd3C\no0QRo54kUO4qt0yIGHqIyDqq2ye/HQNH9awiqH4x3F8ixx7XKYu2CpnibO4dD4aSkQI6BuKGNsGLSDdA\nzYQQrRnZdaPusuyNgtLXRMnOmG2x6tYFlE/BK48g2AgidyizIGMAB1uc2QGSWlpy5YZl8bOtDYHT6QfQ\nejlOm10UuOD27hy9OQa+wWDmIU6vxgxyyuWqehd2LSdUzjEeLZlGQaeLiMHucdnr3mQ/j087KXBBye+C\n3Y4+wvTjUYu3aH4LIkgzzJUxoMPTpOFGuD08etQskRviYtMb1f22VMabFAuG1JWt8tmIi22icEEzGJVb\nQcMsCx+xu5AcwBUlH83T00tSqGCLNRGqyt/CcUQyugwquxm2p05Bc8NsElh56A3Hs9aJUdS4+MPqIGKe\nRZCDSmojiGoEJSCblCXZ8Kwb4ZBL1zStR1yswMYVAb6PdVFIjcZmiODxjmukuctYOPZdTgC0cHsE2Pe6\nUOZ8t5JdXQXqvFAwAbuEXYe1cJYWnHHinaoZDmGSihw8tMGWvr7PQhH3Hrr/PspCwHed7HHt7v0bCA76\nDsnDhEpkyOCFO1DsDPSqH/Tm+gZ/D5QbUmvKOJuIjQO5ei2SFD3Qtqq/fnlsx9hofKT+60t/9Yz9iYLZ\nf/Ws//K31x7726s/+NurP7n9g1dvv/jGZ2f/UoC9T8/9QIg9++X/ef7F/+vyuf/7hbc/uXr9k3ePf3Lt\nyc/Ov/zz8z9Arfo3vv/Z+Qv44pnvfvazFz599vjtF5/99OmXP/2zM59c/5PPTnz/5+//8e0nP/j0xQuf\nXH/9kw/e+uTa937x6JlPn7j+86ee/PnpG7e/+yefvfzM7ddetBc/+977t3/83mcf/PknV4/fPvfq7e+/\n+cm7P/z0/F/84uwzn7154uc/PvHp69//9I9/+Ml7P7r9/IXbz57/9Pqf3r7y5GdvX/vs+KlPn/7LT0+9\n8en505+dP/PZ+eufPnP99jtvffripU+vnrz9J+duf/+GtefTZ37wyfU37JVPT7/+6bnXfv79lz678vTt\nv3jV/v25Pc73HsfFP3j59ok3rc0BJ2xs7t08Zz7DAKYbJnK5UgK2jQzJmCC4augYsG4CCZp91RPMCbYW\n8rY2w92psSU9JsJr5eZ15HTJPhdaiJXaqRIg7wbBWKEHHX5adwdhvA2PhJOVkIQAXgHUR5kUgqH6MGbJ\nTde53MIZEy6yqT3ANRAzmtC71THhd+I63zxX1ps3X4Z9ESjZchjwqiFzLkBagm7Pm5oZd/Ona2Dpo0SW\nY7IEIhOZVrcgTg4z9eUeatU7/9w2XQdQNR4xq0vb/pGqKBvnbA8aB2VF1VrreWvMzZdXR+KVEBjpfVg7\nksxeQS+zV7Fw2NR4Ckd5E65GGF/Zc94LlRfsBWghULUSXnoJFac+6hn2H7HmV49EANm8/B5nSxkwvsbN\nMkyBIZCVfSDxXmYmA5BcYsTQZk6SrdK/FWjBJmCS0fODJopqn2RJ7A+85DaKjp9kYWwVBb/Kf1/lu5f5\n1gV+7ImoRK4i5Sf+9vSf+1v4/Bv89zVW7L4W11FV8mv88HNxneNshm76GptxJr5+ultDqWKw2ngJcDTp\nwt++epL1y8/wM+f5+2n+/jN+/QKLo1/li6ejSRejbLnu/njc4kJUDb8Sb1lLXuArF3k7Nen5uJeKlL/B\neurHvan45Ud8imd4R/XYxahQ/gILnD8Vdcpf4/9Oq846r6BOuBL1zk/xuz/gTc/FXX4Q5d7Vkxeyeu0a\nuKeiSDwHzvvZOuqElznHWy95b+MBv8NC7M9HJ5yKe/0gCrefZm+kausvRUed5IfVnu/FTc9Hj6nlN2LQ\n7c+no0r9j+Je34su0gVVEv4Dvqjevsi+0nx4IwZaj6O5eiN69Tg74Q027wxbq68/EQ17HK97XXnNZ81V\njc5TbO25KGN/IZ7iRZ8q3s/n/bnw7ln++2I84Ktxr+Ns/7Woaq9G/jj+1IdP8JG1gk7zxTRbTkfzXmOb\n9ftZbzDa/Awf4Uq057WYWm/GTdXUNzm4vJG3+bjrd6DAF8rHkOwS2fXtM/sDx1I8XB4pRVlMABZWZpOa\nxdJWYHOYWGPJNdhAqt2wVMa7UpTEFuZ1ab60azeufFBXDhBQA7WI7upwvLkCa9I2ZLOugfR5BLtTT44q\nrrIfJV1QIbN0vY2aSGgP/TygkFbNI6AvW9mj2fZbP72r+GiZPfnSZvAsOkVKYkfFRH2jFKjEq0yYmTiG\n0Hxxx9f27RwmtnxCITUIOiiSzbbQUf56SQ3i0aANvs0XyUisySDANxBUWBkio6H8LnU05W3XSXl3b+eL\ngbmnzpsbcm4q4Hmro43KIrtmCPoKidta2BpVp6q3DqURfAjFrEtHgG2VjFiPezGW83SMH1yb7cBV7hFL\n4ulr9rMnYRtV4INf+NWUVfxGwoQx/W8u06DbHzgldokRbF4F5Di5pBSF2qI3C9lNu8vezlIW4KRzgc40\nQ3meprenxOwq+wd99+noXsH/HWHQdtLCT4lx1LQYi84ZKRM9kZ0z1lQoZoh1PRvn8Bx1M0tfPcOoIA7g\nCN6+M60ArzCJFE6fA1A31SwLtUC+OmWgOqGy0ikcxWDndzLpFxJaZSZqj7NlZucB2751bNFdzS1zGcHw\n2JhEYnc18u6SswOYhhx5Twh2txL0A0JhUnqNcGLFOMEKjI3JxmQLo9GgJBez0bM7FqnSxRA2USNePRga\nnXjee9hD7NPAoHUoaLnlKjCujwG+wVjcvIjuok+RLRkpFyoxxW696flEmwf7BaQKDiPSPXDiaCKtro63\nNKwDOGxrpHOBI8nS9sOBo8ycD15LIQEkB2iLxC617sCcerWTmEysIseyVinHvtCtYvRX01zbGkMZBVep\netR+EIvYx4PVbAUY2Ao/nhsJ5yRZqWxBchW7G7tj5UFRXKgShx+sSq2T06BB3HaFueAvp31yZuYueqnF\nKOUJ4XHU8v+QjiE/aeSxnBF4u5u+BhmJ4HMspYyAwkqIGT2AAj6siLZSTQYa89BKqrrOCrS/HEkkxRJf\nC1IEqPqdhA7YPhO6KIuFY3TI6WTZYrBOqe0KIf0Efoq4FrSWmMFnSx2Ltn2mSJCPwGMUhSJofLYV192l\nKp3CRRT9ZP+FZkHVf4js+TFoTciYMlEPrIT5MeCDboZ6FHEhzICWPQZ2wOQ8VjQg4xZfZDiE8QxXbYD6\nZb9wWJGjEh/BTATgEYEJsI9Z2LKJKBsUHZB1w+Mx5klA6caXYm7YbuE41dkU1KaqKOYRTjCWj4cOUce1\n07ueZh5OiHTbEkYoduq1dv0eS9ocgkOsjXuBoxo24KNBaWy8SXgJc6ton+IT/YEdinbIjhZd/wOBXSl+\n1STGCTfkVcAxPcb9iE4EoG91kkJzEBFHMgWDZPszqykPsX5lmPgcpzpHb1VBaWozcp33bHZ6IhtjSbn7\nXQlbHIAn23N6vbGyh2tQPGZ4l7OPW/9D2s3sy7vTd7caxKNxchKZxRyK6KJ4IpvZeAGZ5wFrAdgGBhnX\nimsmAY6byDP0JssJRDigWjKUjRF8G7J3601iZlHce61QIYK5UsUj7B73JUvha/3AYSIOqmTjTII+1wo+\n2rv7B5EYJRiApR4eUuFTYu4oC4QsZ6ARioMRhZ+TygP5sILl2FW2p5vA7hGAcyQpVmsf5hfQKbYPKXvv\nQDJdWfq70OP5n1I2PKDLq5CcdHdXQV/YNLG6lxaSXXJHbcbUrsWiLpYCjrtKZJPALwn82ygajPUWake9\nyWggnV6issEBGyHcvNPFf789EzuW889hq4hR/Qg1hCrtBwCx89GWfc0QzzHwkOT9Vdkn63Yu1kIlDAI5\n6Ag4q3CGMBkIJR5KViSgjMK5rpTN4YpabgQ8UtbbY6GMSxYeg11KqUxBDjDXWCOO9hUCDRuVFI485d0o\neovN1VX3bI9QYquhKChLAEMdNuWS0hnffEU7P09sx6+F5UF1I2w0xPygFylCs62dkwgosU+XkwOSMP8N\nw7ZMkkSGp2ruSntYAtM3ylOOWTdG9FH0SeHZBUoxUmo6YYm3MaBAFIybp9g7q6hT2iKZXOubo0OWIpZ3\ngnUrjY9MTkI7F46GsY6+b3zMbDfrnPVQGikRxSk0sZRZQsatI2O4s2PRgRRHS6HRWMmdFAozv/Z2BJu4\nG1FjV+ix+eU7Z2/iEDR4HYMtP3XHaT9IzIr+g9npEnvsjMNUkRCmnUitXyJ7bZLDpNE6csi8beQqV43O\n35dm2BpAF9w7Z1Jy1BEhDPmDD0pQ4u/GLqqTriGqqOcemmBO9N+Y0sY+PhvzZTahghsVgsCukPIwzRI1\naWFC6whCnoTqKcRyy7OhlCOzIHhflZp4+vktcFoRWEbr5oiDzr3+H3Zvyh/jvk5JeQS23pqLDFB8mZYi\ndla7uu3unH8IXFZbARIqqCZDMVhA1nXlhHP9UihPDNaaow64mnfvybq/z6QB7I2jQ2Rz+8XKJIFpmgQL\n3Y19pzssj5a9td6gHO2BmG+NkjbEvST8eQvrb1RJGyfSXcm6XkENMVqqW8lHhC0gkAHtqz4J5a4iCZil\nEyIKgcawyrDDCdQHj7REDqV0XbUe5poTUxqqUdq0J2hYp333oeSL9+qYOQflOUC9Sy+Y2YFdngZTk7CJ\nrN+nIgz3gcWsCAGS8YIKqBAj0+VEyAuiIbxWd19atSnDu3mfwJyD4STBXb+USCuoPux2DjzNiiOovkdZ\nvrDLcTdobKAnCUtcMVcRiJqeKg0dTPa9K/lZx0DazE9dV8foIOFbKE8AAWZPSgvNVAlCS/jQnNdJ40x0\ncMfMFqtVAs0hGw6Z55QPt7kWGnLJsCxaclVZIJg+JEnD4eAdwIVQAEsroE/L13ZgV+RI2ctCSHvgQhKB\noVClVB4HUrUwC57oprJYq45CP18YJ80f9J9QyECzJGTE8j5UpWdptiJNCe0RFIR3TcyKCsc19TpSFGJG\nMX/k6YX+xz3uZsXkolpfT8BvKBsgHWs7yEMpJrM/WUEBIe4spytvX2ghBarEZDNi58NN0z18x44di151\nhb5Bq26L9Qmf3V/BPQKY0iQMclESog89nYStNMsc8TvMqYdSLMjOEy/S+VCKFUhJkDGFiiW8rQVeYoFg\nlaOsk7hRJWBxwrMTjA3Rn127dkEUbVCsg2WVPEjHDMAep9iKz3YBrLqNPcFOABLXBv3D1YR7yGLUXd1z\nbxX2qYgiLAEcZJRCNWHpBw1Xvah5WFpHqgTqKBJmq3B9SlhGUnpE/ERVQeGRMrOKTQLoPoGWQmFn2zb2\nPaIiYV/ZRHX9O6CPaQMhr4MCE5LB644rr3Snks0YVVhk0vIzWwoSTw4TUzkuLy9nrx0KktIc0lmyn7/q\nap1lX4gBkD/uTlbBYRtK+XlpXQbzj5GxSt8YwnNdB56/aRmZ8IVq81uHVKbcqkGgkQYqK4b1u47qK9Hm\nLi23wA77CsDFV5MPAe4O4khmbbpHD2tki1qU8mHp+ZRh/R+pVNiZmjSusdubyFNCqMdzctY+9uQqWkDf\nlGNEK9Lszmpkq2esdcZjUQdzcj9nE51qf+aHFo5y4AzjVoUiDSO6bTZaLtkUsAtMQV++v59grzNel9hG\nFWejIouhDVSUnSJoBvfVlfUFFHtmEvJOgHGiETTMhGJ0UTxXQMhKT8ldXuXEhuvjyrEktgRowQdQ5I7G\nNXfpaQ435f+KSTHegiITELjr9CEUhRisJRQ6dbDlp8wnFNmdQkRw9K1XWFg8sSpZkJS8zKppz99gpM2v\nqogzoJv9QnXBZNDvPOpzUvbAQYL48eRuD9UwRXx27mHdUBRwGHg1FKzXB6qjxf8KWFwZZklTJ9ZnN52r\n4+CNBjbHtg4AEXnAlhEBP1IR/QcRb/Fwqfq2XwAoe/xgtcIWKbuTg4SfOLaYZZRifTSBIyHcUJQOmCw6\nrZKlQLtzBB8RzAbhuOaKUGMS1wLnfoLKYh9x0UnX8Mb4AhvC430hRSHWq4i3M0EjH6zqydKpEgG4AINM\nOxzkHJNYmdnAe80gI3CVw4WKcTVL2kH7RSBx2AcAHUBvkWsVKx5I4VQrT/6M9pzxEP58KIZysnKPdXAj\nIp/BNikSqXouMjXcqcfaDwivI/Yb91DZr8TQbhJIrbhL+y4QxgIV7t61i9Bp3txLmAUmhgrFXjEbG/Kg\n8FsnVgOhN/fA5tpwzDBqFbqSemcZVbdkwkQUp+y5H9Udb3ohOSz6InY2wN21+osEb04c23kkJHaS90Jr\nrlfaoeX4InvsbqLI91RKryhHUofGZUqWryIIC5vwQMUGRHYUPl4oZj8Ei4HAmTyZEjI1eeBHKmHnYGM2\n2G0pB69RRpFNL4VcwKZC1RTMAWhx8soofk60J9AHgy1HQQqJrLXPiVr2BaTGOcNcDAOAybpR4USWsFNc\niqrEE+JjmRiCQYF1wOLjLFMqwhTeXRkGdN3jrHAxyP/gLrrqcTgW7ml0FZ+TUnwV2AyzHdVtoIaPmdaF\ndoAKPWudrwo3u6vYXW3i/4t3ppjMQgpw4CSBs0QH0jMSC0lVAMVmZBeOUqzAds6RbS3D9Y1ko28P3djZ\nNelroqCj15tlhI+2yvaZwryEUtGmFSHxYYRAI90pQapuwBgjMZKFw7wwRvtjb59rCSegYKN1VP6mqTNu\nkgRB4bhV+2U5nWqJn77kQTOUvkMchdC1eZX+6ywsQOncc6QUugPMMdTe7ayFD7ZaOutRCPpuEUDDfso+\nSN8Wyod/85O/+eO/OfM3f/Y3Zz8+QZW3S//nMxBQGsKthL9fqcImdxrCcxp4ao5ooqqZTVeePXx3vFL7\n52R71a6GRiRNiwxq0s5aqfYFXkuoLrA46f5i7jswC/lGVyljdIv3CAhvPWDVFd4tuGb1gHoHastgxcFX\niXZdJfBWwwgkvtAoH48dOuyXVLODalrKGDNrbrYBziMp7+spFQuqUcurZ89jr65ApxCudyn0l+BWqr1h\nbQ48WhM6dKD9OGipceZf9UgZogpV9AvgV9b8m5dQdCGJS6DeizXTbJ1HFIusmXZ32Jhnm1k8JW28a0hX\nSIENHAlprIWsQsUiqXRZqFd0hUpEb0ld6qOT/hp+uwgNpg/f++g5qihd56tPUBMJulNv2c937f3LH96g\nHlPSpaIq0nX+hI7VB9SZejepSV1q9aik5MS7vBPaSR+dTO9CA+sqtZWuUrXpCjWw2FJ87sOXXLvqun3m\nbVdKcoUoaVt99Jy9Az2sR/WUSUfqmitO4Te07zj74D3+K00vaU9dSwpZp5IG1AXvDehlvSfFL3yCLcS3\nvM3WllB5wt0etZ6DwtQH/rxv25Nf4Hevxm+u7yS9LHwPqlTtfdH6G+x1tVmKYlQQ452fYF+8y7/5XXvt\nUbxCJSqNyLvU/pKG1NvpOS77qMVoPUH9q5di3PxzV7MrX4unpuYW34Wal/Sp7H4vU6PquiuOQQvrvQ9/\nlO5xnSN6ydt7A33qilYYj/d99EOV7Kr0xzCW1qcYN/ZB6r8bvO9l6of9iPpZ6JPTcV/omaEtPlLSJPsg\nZo61ECphz9nVNJbPffS4q4edtG+e5DXepsLaBSqLnUrXu/DhX6TeYFv4JDEjLtiTQ9fsGY7RBVzLR/k4\nnzY+p3l2nb+7qpeN+XuatVI3Y79f1W8ffdfnxnucR5c4d6FBxvZRrezZpFqGsX0fT5Pm/Xtst+bu96xN\np+yqF6GidevsrTc/furWqzgpXBVMP6Uhdg2qUFKXku4XVbhO3XqDylpPf/wklLbsc9LDCpWx+O4Ve/VV\n6lWd0Gsfn7x1yb9xzfW4zkG5jApSj/HEOovf7N+T1iqodb1J/TB8421qT0FZi2pW9u47dv+n7TdXCbMr\n23PgKnafd6CqRY0yapndum4tOItv2TfO8DXoWulZoRl2PvXG096+t/xzJ29dtv/aM7Adp5KmGvXP+Pmf\nhR5bPBufxvuN6mJSLXtUuma4EpTU+GzooTf5PD+l5tdbaIv6FIpo9hoUwrwP7HlPUnvrcfvuKbZGCl34\n3GX25CnrobfwROwHqsDZ+3waKYlRse0MtM3SKOBzl6gldgpKZlAdY9/jjk9JzwzqaP453O0N9YSPtLXU\n78bWuLKZ971r0r2exvgVzAyoxoXKmV/lPMeS8+/Wa/68JzWKVFR709p+yp7/9VvvoIcxE601j3Hc3rHX\nNcPU55rJb1Dp7G2Mu/rePvWmK+W9gxnT3Dk5VK5DFWlWpUaYIdzdghbm1+s1f1XnMoFvUeVaWLieO92d\nNguWGGMw/iXyZaab8FO8WNU/Ug8HRKd4jo2wGIRktwDIqogr2uyWzcZiYpWDFuGpxqUFpcHpSSJm5ulu\nT/4Haq0aMcjMyP4Gi2S32eg9Saars7yrBfhUEiGA5+AAHwFxwF316K7EeWqVw3G/e59HNAlrCmgIdYS3\n3IusRl4veXY87M06/GITT8F0SCNMz05ILdMJYUoGZDWa/HbdHW0kq82zN/NfeejL36LG1reSlTSqlLxb\ngph2m+lZXGqzJRtmKVl3we2ambk3aJOqFyOoJMJNe5BUXlwdJCSj6i8Xyrybiwqzfm9HohpsOsIy/1tV\nwipPQiVVd2tjMHKRo1CQQdihN1psxluANirxA1zO5AGyo2jWhy6Tdd9meUz8vb2dxhrxiD5xVzvcSWWq\nB/V+F5UplhaiZNPyaIMRvpV62B1WSe1K+DXOM4xU5Bk9glVXDQAjjWf8Uqy1mdmWPJ0WKdINxhv8W1ci\nQ2jYderq0OkFnKD7v7RTro2BLzLYS1YyCM9RvoR9pjhpeP1ruKLChuZ/71tbZz5ipNCwO3P32+RCZeTB\ncLYxpw4ePFExfXlsK5XKZLkgBgUVShasVu1au/FSCy1iZEWUx5olQxlCq/tH6Ghag3fMr2uKz+6gGU5P\nq3dXhYpkjCt0Wu+wVpCZnXqsjHyrqiv5qwh8aJG1wQWFI+jkRkUQ0ncDltOspFhlgcryvsjuatdQ6FbZ\nyppvAUACmgqhmXCAjacgmfJ2VBg7qj8pFAfqpjhTocJLij0OCA9AyuV+lokokDdaagGu7b5j12GZbFwi\nGDLcQIoQcwOdoy80IiNJClSFM4eKcR5XAxMPSXn50klvsDdhbUGbaP3RZGeb7IP4ug+syrRydqD3bWPp\ngRs7AJygj5lIMGXN2IDQiAQ5fdUmS424hm3bRcI5OSQM01O1JDyBTwiBj3G3EnmTkJRmuLq3s7DUwhs9\nxREiLT5T3VNFZn1pISX4onwi9oeaalTiLZMcSDk4HFSrnjvwfEFVqEg1g4HzOtAeABd4fVir/l21r913\nUgVLwJQZ+yb7UVE9BtoSb7aYbSHY6F9PurvIzu5du34bMRTXvFhqIQ+keWKU93Z2zCchobTmB/0H+5Gh\nKqJgH3ITrkqEAPRQ+B3RDbPEgiJn1HrqlTEWAaZoDrTHeMDSOX/lsbMsZ8GdnSiflPFuN67dbfS/UKkc\nXmHHoi1STfYkCIIah1B+Q2n3vgNIETEC0rmv7TOhwjvLLU6fwVcv34QvOL7ht1K8ZXHr2GLhZ2eUwUOk\n0XMpjOduuj5Et80LFA6gUza/GXjIemnjf45h6VKuYlV95jICK5OWfdDyQbEFFZH8PyqBQcXjtgBJQ4St\nXP1v49oPVsXDGNxlxaKxUIvCn9iv32RpDWDJ9sQBUACNhEg0EDFVy9XoclMAogeoli62NereJCB+cM44\ngRJyfT5p4vUmB7LNfFSE5qMT5yaMnZKRD6ihlyXj0wPrWBKErmJ2juhWKIbQ0WHkzrDe7C+cIBgsT+5y\n21SsEaFxV7QpKblD2yeKeSAWmlCRBQq9KDjdRLVQKWR4l6gmHKT5qMaRsmeVAM/U6yxT3DMS9GYQ2ZSG\not8A1aFUbVQAoTWvLcQotoabPFyhK7T5s2qFNTXwOs2AN2XTlTIA5TiqdEIxh6hcUuij5g8hOyyWzn6Q\nAim6+sDBB6NOEsVvBkOA5Np0ViF1EaqJeMEuipTaR0NAjYxlTss9SepwFhOOXWK2sqPGYyeQhNDCw00U\n2rCLBSEakXtgvXDnNi4MaUc3RtqjbsZj05hc22eiCM2Sw4IP6dzcqrXvALblibkomwn5mEAosFicK3jQ\nIOoLfiixQuVAieYS6GpQNOWEg3B3a5SVRQIihUYqjroED21ci4O6PslkbaJqnF3hXhX6wmqKbDxTY5IE\nrXsTKaII7hpyO71J1AVDmhT+QElc5Zrv75i/Dt+zr22I6iCwWUDCmqjcaustivfYwHL5yyhrNrB0RHEv\nJVUKESAmyfhy1BTDkiZIkVmpTgszJqYAG2izhxJ6+prNdUn/bVQtertweVzkHwY88ZnvpcZBNJ0VX6WG\nK9AqsrsuqWbN25A1CY0NO8oPeEG6Tth31qp+yvG2YElOGCdbzMxk9mSSTG3PniVxF+4+QsiaSnXZXTsF\nEuiVHV/fQJnHWk/BsmwO51PRJywaZl5rvrO/PZ2CG2NPoUQVp+f942RE4pBCqsL+bA/LL2FH9w+49Yq/\nNutjIeSxUo2OVhLPiEJvmBpJaLqXXNojMGICBBoJAqJt/cw6Ui3cdeiu4r9AFcDFWgnp4bLpr06EuqNW\noH3NIWJYv93WXm8T+kU4QdbQ+aQ2UFB4QqbEvtZ4wh7l9X8CYsVThKrUwJJx35Q+xVzr+gTVxdr50FRE\nwMl5TaiB1i6WoRuXKys4G5SWXo+IQJNyREXrjRdRDTXsVOEzmZ+XuRhgbx5fcQbvjiLe9rV7200X2Sov\nu6qNnhMFZYKpWzR0S4GbGAdAULUWY54BnRstSOpywEwi1G2lavl5dtcv339INeD2tdY2DGi3Vu5OIYM5\neoA0KFPdX9wL03CFGWHNEhDHNijWskFbLNhY7rxWQi3eT/NWgEjATryjEmqmL2E/msMtspJwQ8/Q22ok\n1sKOoAOtPRloQsrwoD5iF7sctjBP+CW/+0jG5WuKllfKvU+nq2YUc6qjkLyhfU+hiyrnH1FRppCPxgdy\nCNGGsuAUdENqt2ZZrY2EpliZpDEOwhlWuDn2o50QQk0l5My4cEsXi0Dp6xqcwEFrxeOcA0ig7CocYreU\nGjHFA8A5EboAU641OOeWFtLJWsk/p1uddpjfPdD6Fy1DtKEPsJN5uvkiRUaiRNdog9qObrWJysTjK2pq\nQ0EKgGQZcBnT0faf4OHwFlp6XgoT452E0UEldpE9a4Tz4ezSVLgTlj5EnmVM2+olDoBF24I6CcMmUE+K\ncBQlMYb2v62tOinz91BTNSo4r5DzypZRUIgz46j4BOyAzcrMT1UtPhScEHMIEnS+OdS6RgGio0KPM1KR\nEk6zpOV3NkE+Qs67TN6inYiYWBTyUQ1llExtIaG/n7BxdT/p7lddx0HCUdFPzp3E+iOMjdoWdt37mUOm\njRJywhkWDEZ64xqMNmlbOmOoDpIOl0inQa97BDaXamdjX3ddTOIZu4UjjQha0zqBzF0jaIicE47bQ1So\nYN1takc5L3OU7D4uaSwDILILmmjQHSRJj62jCqSEN0Mo1WyuA4kRNNdCEJsR5YzouNlMDSMkxeXKXgpq\nlr2UIzY3itpJNp05jUBFP6w5SYfNRjJVmyjK4thmr9/sGazvNbsl0dwTF/7YaH/iGrqIOLsNKEXINALw\nSToVQcktinsminBgT7XmuI/C7qQEbRmoDurfbla+DSqqxhOnJelBmAsWDHZ6xvDUvzSbGx5cOHAchtSG\nKhZbKv+cHHVieKwNh6tqS2McTOcGG2DBGuiNZjJqgnT2uxNv4xV1Mm00GXAlCHPRMbhYUkKeMSrm4TSU\ny7QGQTwQUyMqytKU4EQkx9r7ARBlwkeocRtVyP9bh3UORLIblIXQGgQaSZ2rWAB6S5CH3uTuNiexvaW/\n+BDadJhbbg3OXS2nArd1GUSH7mOMgsngjq7L50T98SmgIxC0UJJ3AKFTOZo9fTsxFikRuEQHtICMOWVd\nBRKV3Ye1NYAngJllHppgXDQoeLgLNuaUcUyYKJqALiFUc8CK84mXVhyI+P6IHFMnqCbtWrAMtFXYzq1n\nYyy9XtPZimC7bQprYhSVNvFHClhtn9kmt3v7DPrXT7I1gerzarnYXrkuaPA5R4drflAk21uhCPbZUXm/\nOCSGCQhJn0aJiSFr43puRohw+N3ALzXyg6hiSJXAlpFRrLZnVsjmYaGE+7wji9MUFGgc9B2F5d7vEmsr\niMHRKmjsCWgodAhC+c3OYFQ6rFeG9XiTDHkddbUrpNqShqqo76ktAZbxB+DmUJ97WAX6lAaknjVKYmMT\ngxCgb69w4hVxCcWMutU9RQC+u578IXOWWVUZk1YxLLu2j/rObjlJqv4gTuqABPpurDrw0PJoU2byybSO\nG28MEOHAkAuunbTxvVYE1d25Ban6h7wAjB+Bt461H/Tvxwp4ECcRYGRiYEZdV+s+6EQhb2J+gSYtKxyH\nZ6kTMk4ynbyMD5RF0s1G/3obks5oPXJyAfXPqZtHUwhT3adBoB8ZxqL0Rrt42bJUcUeHj6MWA9Btn32o\n9ZpVs8NXS8K6H4Va6DrZ8SsTdY3D9h1+6spcjiLeAhHJHj74/l69YyTyDW9FMfBeG1Wb59ITcdAlp2GM\nhC9WiKwC35QwP66fr80fDI2EKTQmxIF7kWlbawUB8B0/x1MZDsDtiw0ImBJRyqrtXWpvelSGmUYdgoM1\nYVrd0PLYymiw27rgbttUgdaUiwrjNKmfIavsHNBCO5jmHdVTld7xy8PniwrCFImtQvTdjULuRt3uPVIZ\nq2K336i3uC49lukBQWVSw+4V7pgShkp92292QrJ+NmcJu5RbVJEwuxvaaUU+jI0Jo9mLCFDSosGkdTfB\nzi50KvxXFLNIxLjSoz8cIYeDKvaqCHLdD63qUXe575ZTLelpihdDRjGp+NADZPYlZZpWRn0UJfeOCgQ1\nNokNGVRMgyk9zIi3rDds0JDlbWeJh8jus13QX000ShzCDZYlRGnvbkMnUYkci6EN9bQKM3Ne+2DoC8ct\nLApoKlWUYvHKZ/HIqfvAYR7WlgULzwsXj6LMzh2ob1ogeEz2whrOYJA2vPA1xqJ18KD90/d+kK0iF63F\nx7eaQVQPdQoHooY+uZbjhN22zXlX7DNPgpjR7IEwirmatyM9Prvbw7EbJbXM/qTVcpiLQixj1J3ZiogA\nyE1eMwQKsz4EbtaFartYEBC2OewhRfD1EYLv1ctaVAVqjdMYYf21rsrjfh0GliOycbf72ohACuPixJGc\nKpWDm9jBsSZ83GCHx5TTUcuRl63DuevxKkxWhU1IHFESgpOLs5CGFf8RI225dZNo/evXUVKsmovKNgUm\nbRmlj0atk8kERyKbhn1Kjku1H9t/CtnasFTJhzzYWvytvtOcszSEiw6tp8ZF2OnlU4Cf+5kI+HyHpruT\nV0Q+wwQN1gf6zItAmXmQYCI4/b02BhQcML+5YrnIjjG+lR6+ppHjdgmWk1srkqfhesMguEyBG/kQrW77\ndAEfkEzkxD1UnGvSzmXWSziIJHnraXX44f7ELnQPi1g6E25ahpjZPFcsFRBkG03C/IpcBA0SGadaklAF\nhqPb9+7jBwhN7iXpWTC5FD+zWQ7D2EfInwKmz+bnU8lpl/u6mnOojWipOgONp4Ot7x8aN18qvsV4VMEA\nTJhATIZsRYBCMjPcBoMXQtcoES6iKpDsM5Qc6SlWDPeFIhRi//Qpgc8FYwYkNdn9SfqDIhJzrsjSKMGh\nIKqdItwtUdm+Iu1hE9z9BTfr4LS7wwQHVuEQ9larfjZHQ1YuDT+rIAWnUV/V36K9qD6SdntxpzjtAYyK\npVck/e7NNoTvOzh8/1Zmbo7y9MizmbmVtu1514Fo8ohL3d+WQYRGLWvHxbqxGJrkMKWEF2I3KXXolfjY\ndNvUPWfpq5BdonMFv27LhMJQVoEk3a7bGioWROuC9S24TyIm22C1eHQaT+w7EmzEgXYOj1iC1tgelvP7\nnaFh7pHfQlVxyp7LgzB8o4gL7mZbNQI+ZVteS6F5VYorx326BNxWjvi+48AarMnETJJn6TZXypYcHbji\nBhMn8lZh4bWre4496jIafRp7Xp7B9+p5J/JiTiSY4+okXEVkPQcF5HqUBmO6V/mhFDTjuuj5cko6JMqj\nI84ygDz5AYnTRE5tA5q0RezyjC9X0LRrtO8wWeyyg9zX19O5eahNnrORipM6KZflSZPpPufm+NdVCGni\ndOimZ1O1/1fPQog+sWKaEIrrluo+UTxa0d5WJxIpl1UGiG6eKzV/nSbTDzZLSdiFCqarH1A7vOWfNEG4\nAY+QRRR4LAIMUm7WFCSr7OpCh0QFKd7NTfcQZeQtWgZOIuNYI+GxIp7dLbtuWuITq1DO1S2ScK/tNmMv\nL9/AHYVOL+V7EzemkdzPqnNOxt26FJGHcAG4htJ+5AdslXfNFnq4hPZ68IqagedK2b+eTIVMClPNa/Zs\nYLkN1RxEjs0awhOHfiR7En4WB4DerUZIgFto8pCK5JgbRbb4a9+2gPU0FhS1sZtAXCzkvxnNkOzDnk6x\nJymEZQjfBuHiqI8VpRawoywsJKGmmQdVE1ZYosA72u/QrfNUxZ5UuNNco24FdfWdDKdxxwwtswxgGj1I\nPGCbBZlZyMKNLpwJAuJskeGDsvYvtACs1Wph4ejRo/Prg8F6zyvsqM0YgbCWsyy2Ys9D50XS4VOUUZnN\nSl0tHBLAtnt2/57ZlyquOIFwXjQoA/q12UviHNtsnlf8ERYV4hTett3/Obtm1CixEzHLf3e/tKv9zM4M\nU8XjGVmvFRuv5RYEg1I7a95BdyT5jjt23DNmMg2ewhxxEUc8JJXyv3sRRRkM/QTqQujbfTChK2qvlyre\nMIfbDixn1zcsa1Wg6Am4923A+qGq328mvSPWAeW+1iyeW8IouyYfkMMLDh2GSkrI/AMtYkunZz/LFiDT\nm2SItBmHHwlondCeZc/ciH0h9pXhmJoUCK+liRVJvL1ZJNBLWqtO8Xx31EUlHWtwqyBZ9vYP2oG/Yy6D\n4UQ1UqDWUhodZl3biAwU2WRRx91l0arKLLWU1c7ddnitstx1XQrdIaBlhrbryt8SSD/pg9oz3mWf8UY3\nWb8tpWJqNqapzDcOHRiia4q2tJphiKq0RkucyrNfO7gDfnS/S/9m1sFGyifOF5mDEWiB1aqToYyEZWea\nYHE/Y4dH6WkAJBvRvWSd06Vx3wTF1jJvqcr6ZzFL9T88NjM4JBFHbojZ/MjTOwegGyDDYi5D5/+O60o6\nfpw66gryNEUqpT3stNq8CYTuSHhQATCf/VWx5ROP1/oT+4MnHVr1YmAlN1EPW/fdKDe3fF8laWJvx75q\nxmewbGn3O9qJEQkVPBqOq8WDZGsvLNz9gPU4xsWLrUhHSkk1hIljr8jQo0VSebP5sz9rQ9Iugbbdb/0R\nSsut/dedO5e/3cb/Z5LrwUruCTQ45yWl5Ck7l1xpZ6ZmOTiyLRUVnA35BBqK9KEJpB33W2VQrNtU1CQ0\nF61PsnOkSKXMC2Zn+zHumZO/EFgJNEg6R64nJnkqto3nhVfbWcqyzF8e08KVW3qEgNEeQrsewI3Ug1xJ\nW25zM/N95EPpm7SAfWoFOrp0Jsd2KrRkm8PWsSJLUexO1cnteTO+y+5NAODSmLbnI2Ez7ouvMxyouLN5\nATgLVFo3eD7W/q8kJe9O0ccypoPSNC3McLW6M6qo2+eXs2hidkzNZMNYJBWwIkq0aHfBZhbo/mwtmKPT\nW4v9OTOGi7gVobihF5flPiZK7ARpwXzLEVygHmGvcNSl0mt70bHN3h6dQa2qBlRtkb5UyZYknkpHqkoD\nloNnU9Fte8Kv2PHWuAP+ULbPg/8R4haIYe3kTfYMs6Njh7tCXF9waW27xRxGVjNJtKDcH4qSEybQFEkD\nR/o89L4XsshDwSrKG3XXJsGiDaldf4U4XO11UsJK9bsxLgjgu0OK70dl320ZO8qr2fLBAojESp0ANyhK\n3LCQfZ2qjqqaj62TBwaoDs6pNJcxvZqZba3Pa3t5CvVULXSOUowh8jtrLm/BGoY75jtFq1eyle0z+Hw8\nMsfd8+Lb2nTOzEzm2COQ1gsNuRYoWdzrWY174PW2Z0STwey1r6atGINxB4Z5QXDOUJwtUiiZ09RDHd9s\nYVB7soBikYW2Q8aE5zW5GE4OifrIVR6ftdf3FS24NYMGFxlaoSvUltq/nFNalKljfHWlzckTWS58TxXj\nzvxqBJkZsul2qzaK0TLUWlpP2TuIEjOj4msolmJPHtZH18PSvHufZVuVC6GGTyS527BmkdEDmwN91sqc\nY862vW1Zb7b+DiRFOP0Jn0nBIchKD8Jf2MpyUdzkeneOV/Cd7IDMgnyFPH4upe6wjepKusaa36NASpFk\n3Q5kthCNON/3MneqnbQFCvmm8RpujO0vlT6m7xbnl3+eOC8Ge4aaQFnctwhFMyom8TqEqTTsZ29zOaxS\nAhC/B+C82WS5TZ0XhehKgMCzkKUjX4G+C5iyDWjClzv8gDAIrhFnfxL4X0n94yClKrHzl/3Wk9k+E9A8\nh7Wk6tW44AOeCUqLdwvbK1wL7cOtYh2KGJYQ/B83nuYLvBQ0F+PMZa7WnzcyRggV6azRv23cr1NIF2mL\n66g/KFLebVgFRbQ3iX0Pc3U5Q8wzmeY5OX4x6jBmNljkMJRFS0BAduYBbJu1AMSsy6AQHd5ibUhPW/GF\n/ZnfkSUVnGuo1YzbcE+nHrMbhwx/CmBk+++x4KjiubLtqsjOMuXpXH0WdkbhuSOBeRQCpgab01VS3l1n\nDWOnKizo+SumLomraZCQdb4Pt4lUq3TkYCFPOcxmftyBUSsWiIxonL/WLC5x2OHKPQlhvC/zwR1pyGmc\n0faazIbpS1tM7UylhKEcRV/YU5klGVU8TMzaSBpBR7XWVwa97mLSlmNomMXoCRdKRCXsaS29rlatCUU8\nWFq2+Ho5LA4cGHGFUFy1iXUs+1nznblKV9ljDr9FqHM+R+iS665h5LeINYi+bm3pFQZTI/q9P8VSVJgV\n1kQ3fBM/C7L8ewGF6MIdmofagHO27w36niknQCaDb5IzE3uLvGXhXgKY6Kg6ojYTNHw48vPLq8wr7LsV\nXAo/W9k3bm8TrZVx2YOLyk2TmSnfITLwg6tUixGWimNiHdnsi71xOTucEuPJ+ZVOkW0yOn3TyWI7Oh+J\nF7B9tfVZog4EYw7MoRWcsANs8m5EuxpcZzTY6iRVcCJf2TXUkc1icdtDxxXJBrdbCFdQ9pp5g8YriIxU\nhDoxexrVNIx+9sIjyAeoP50c1XL6uB86FZA+msc9RBWWn4UGBJAy8YXsatortF/xrK9CB0+1dsOOJYK4\nHLKYZuwdPEN9EaSyv8wIJrJmwxyyr03zpyBi9uBq1fqRyAOE/hrmUvgxWJsCsmvmMKFwNPzZ4Pk6xtiv\nn9G9fJ9UqQweOgm+1QatMrd7Bp+nBKm0ZlmlPUu8cEtqUCsOzs6uznKrOS8lOdWbJwFAFWnp/9oDuMyB\nA7Mi+dQEAj+0svvY1UNVHRnCVVkbWFQpe4xzfFilJCzWW+Tt60wFPzBy/ryjWDuwV5EEgr+QAfRndHXF\nEAZRLNl2ISAsPT64l55RQhN5lVL2VTpz50LRj+uoAX5OZSmaLM4T9P8Jc6N22HqaOcrTwhzpJAuG9Uko\nKqa90ZU0PWOWUDfZOZVUH7B1+JpFABqfl9+OYjq9NOdtfyO5GTHG1kogLHxTBznLpidEzlHWdNfaCIwG\n0EWOtyURvd2HocY6TrlV71su/lTI2967l/bkV2mXBuNRMIgEQGyCeY35wOhwJepkyuKOHP7kTB8vTEub\nAP1WMs/vdHC/vtYXynGs+xpXWzNXtRHaQzuYMo867LJteI3P48aH9ljt7SG/jSPPmRIeQWljkpmdOWR4\nxg/2QKajPW21gc7yV2HRF3dvAtod+XjtLUVkF+eSXcRsfJEkktE/3EbqtWo2ozkvZw+cwQ+LKkH8zSYx\n0yf288S80t7o5O3+gHsOFo1so9hxquTg2HgdaEFucytZ/Ed16rWeU11pWJUCNXE/2WTFCM+1al8S83A1\nPJPeBMIqJPQhhoZRcTj3kXpVvWkdM5sFslv1ZuQp3M7Bhhtxm5L5mtQtXLP+ZMFBI27XOSqc50PN8aNg\nfgw2E0sExIbwf53F5GdZ2kPmWe9sNArNb9jhjdAKyVedC7oPxmUkyDX50GE7Mc4TFcbF0S2oksB9QzMC\na0D7pHpSh/io53GAUeAswq6XtEbrI7RqFzXLSbe2XwL3qsy924ot36mp6BdECfK0lut+kotQ3D7BukTA\nGvl6dxCUdZk9nTiwjiVykMskzmpVXhB7+5AtIu1dOvuDber7zDjitCUBXW57ExVcEzydDoW2H8zOaqoE\nb4MUNuLSA6/dHLkGO91lG0NzAf3T+k0HPYlNiDvxhLI/M+2f3Qv/x//e/M637P//YWG92vFNeAJHi+rb\ni26T8CwHISvpZAeiBIW/NwaJTJPoLfCDbMfcSGeZbSGiEDbbMgJQYqcn+0d7UaajBJVoz+P8wY4qy+l8\n+CL19S5Rae/lj45/+AHVCa9Soe5//P1G6ItBkev2uVd+8bPvf3L13O0XnlBVaP/92on0++0Xn/rFn30P\nxZefu/rJ9eu3L/zx7e9/8On1F3/xww9+8cQzn77ztv3v56dvfPLejz65+u4n1566/afPfvL+iz+/9O7P\n333JPvnzcy/cvvT8Z68/5uuOaXDriaFgBlFbBSCC1YHH65Qqty2ScbAua+MOAjTg+Th+JpQwyy44lLj+\nzZdVlDleHzSqTMfoMioPrZQPlyyyLBR4qWT9BDWYdX0gA+wT99UrQ9rDrDpspraUGFx3cwzjNXASQRR3\nLc+mjlR/Qx1MKGy2z1gGMgPXUcEgNKM7UJw2ngt6K/rd9sX0Oy4WubMK5e42K4crRLxukKNEovSzwCEp\ngg+0xUqUHy2p3AfNQCj0/ZjKhieg/NfqQobu5kfPSE0S6n+uxdjqdkJd8jhVH6nKKPVJu8Jl6m+GWmGo\ncUKRMd3ro+cwhzk7L+bXcd1Oag1KjTLuzb/f//B9alW+zZl/BX8l5UKoFaZr2qdwxbeoU3ktu1emjUh9\nxavUFNU9QxPzcrr+ZaojhrblVb5HZU3ru7+k6qZUDpNOpn267cNHoXNJzch37XnxLFA0fQqqoa7YeSnT\nCr3kPXwBCp1QF/U+gQZlq2552Z6e/WPjEn0D9caL6Fd7onddefECVUy/Y89+0V5zBdAPL/EqH9j3vpNp\nSF7Onv0C+0nKne+6iii1J6li+q637m3psHLE9JmrfKa3XEcVMwBPRh1P6kFKLfN9u8N1tuCqX8fHEcqV\nVJa0e9sT4u8n2ALMz9S2D3/SzlvpYHJuvWc/T/qsuZZ9F8/yAfU3b0D5kqN4BZqynIF8cvvuB9Q0vcD+\nUXulzfqB5rqN19WkFIt3P3Ad2vf4HP6ZqWe5kY3FVd2Pc+5GO4d5Z82Aq7G+qM958sOXs7XznjRioSWa\nVFQvcR69j+fj07br5TL62kaY6yvTAL3caoRaWx7lpy9aK56TjqqvKSncanzf5xrAvP2uzdz3uW6O22/v\nuf7uk3n7uR4v+Aq8xvG/QJXYk7wO7vuO3audwxjHdh0lPVTNOvY39p8/dy1b65+sNvdJVmG+ELWkT3n9\ncdVAR8npKC3tJaRVI9s+8Czfej5+uRHVse0zL7clyNvrqJD0a9k1z0b5cpaZxusn+cq5qKZ9OmvPcZZo\nv9F+Hv9ebtuGot6pWrfue43Vvc/E9Z+Pz7wR9dBTiWoWEPfP6yle9ArmuqaXbn+pvVd7X5Xwfoq/PM/P\nv5kVxb7K26m1eq53+O/jfK7noyr3B1Ga/AobpkLw0Wy8/kN2zkvTz3i8fS7Vzvaa46mXno8C6K9HqfdT\nWX151Z3Xw57nff8ivqX+fyX6JD2vjex7vG96xpPxmZf4IFdYNf7ZKNKdxvrFGMEz0bdxzVefzAqan427\np7E+HgXBz0SN8pPx7GdjjI57jXjvqxhHvP4Gr/9jXjb1uVpyge18J0b8JF9Mn/lOlG6/ODUfvN+usetO\n+y++LtIcOB5PrcLur8W9XuSTnkS9eG//1agFf7V95DRv/Qrsf3z+xayvLscKusrLnon+POMF7ts2q69+\nGCXUL7bP5b16nO15Ij7P5uHKp9nmC+zJk+yli+3Y+Tq6EaXkH8/2jcvx+pl2DqvfMMfeiK9ci8/rM1dj\nnV5j807zk5pvmv8vRZ+cjkG5EnNAbb7iDda4t3M19eETsd6f5NWuRJ+8lu0Px7NnzPYcf6LoUtw3tecC\nq9WnfYb3xdXOZ/Mnzc/jMUsv8y0WsvfxeiGbY6dizrzKm6a1prXwwvT+eZzf0lo7z2f/IK6j+a9N/vnp\nPf9afOa1bM5oYl/M9oGfRZ+8ETv5ad+j8JXz0bAf8InS9S/ECnqv7Qe89Xi8dTZG/EyMAluibmnX+wtT\ne0U7uLHWfJ5f9odN+4P/qbHQ3HuG1+e08V36QnvG+fOmfj7FP6/yM29EI5/zZ/TPXI0Bupg94xPx7wu8\nwmW+/k52Vl7w72Lf0Hn3ahp3qkVDF/tpKiS/TT3pR5Pq86Vb74Ri88cnoC798Sm+foWKyK1Ws5SUT926\nSDXvpAOeFJZfzzSW37QrvAldcOhphzI4Xp3SEH9Myti438cn/V7hAVNVmrrXev0NtMnVpi+46jh+P4fP\n+jXPfXySV1J73qLudVzzdXvvFBSp7TpX/fNQ6H6cn4K+9ROhUU4V6VeSNvlbt37Cp4DW+Jnsvk9Sn5tt\nc4VzKVJfomq3FL+hzX0Kz88+DWXst6hv/rj0xqVdTR3xS9Sf1uuPUsX8rPfb43zKM1KsvnUWz4/r8NUr\n1Et/mq9Dxfws+iB9lxrdrtd9ht94068v3XK1B9d+x5/xvM2Dp29d4hXfSnrdP8v+vUwFbe/zVuvcZkbb\nJ+ehh+7j/oara7fa8U/E62lMoe99DXMvxiKe8dZraI36wa7qiuPWX49TuTzUvWNcMPPe8vnzpv32JK+M\n+X/d/oJO+mW2IObGGSq+n/W2XcXrjCsi8ge3vS0nisj/3gxmJm1wx55SUmN9PPToZb99h3LTEVam+DDY\neIPN2R1MhkivZQIUDyJ7KqK1Wg9Xx5secZzPscE5Jr9Z+hwSs81tZ2JWwHlAB8Fztq2eUu1y1p1U5D20\nNMlAP4KSuvP2TyeERIdKtYd8IsJh9yO/s7oxhuyJyBae+d3L5F9kZhhkjzDs1hBlrT2hkWEgvrgWIHQy\nBe7JUK/FprJQZb+yRyHOPQGDo8C4C/5kwRTkSToCkXUYelZRpb0dRDaT0tnB8RbSg8V+1OTKocVFW9e0\nN5l7gAFvh8luHVtsG95K/dVVc3c+d+ZHg/uQld1vXTbbIpCoLNDC61wm2YP+92QgkjmPZIs0iXFIct+O\nUV6DCgd0whuqkKDy8/3gFyKK169KZBOHpWQxhlkurqZOXko+FqrY513F2HaIqY0kYkssissMbgh10vK2\nAavIMUAph81UhOvBziOdwaxxpIIO2ty9Byp2gJvmeJNWUIY0R1yInE7AfJIyvDUnxGi4whzcoEh7Uut1\nKIXDhuuQuhYOm0WrU2HZ2RxmfSiDwiDrxfSFTQ2RHSIwXrRadPbKl5FWpCov6Il50hT5lCPMUYM12sru\n7+0sFhlx4eFx05JOnFziQmxjpgCU1nPonlAdIDu2IAHhjLUFZD1afJMpoEhHzuQB7iJHDYfOQCXtisAw\nWV97hQIVtS9brJWUBVyP2rWqPKVh02WotAMF1oecly6fSVyCY0Qy/fKlBZVWiK0zZ2m42k/AIEnSWrHZ\ndZiKSUOvzlok5jvuk1Gve5O2LLOtBeZepAUynAILLWbIUQiXJtm73kTotW/lUDZvN0c7YAFLOd5ikJMb\nWj1/1W2m7Il9Zn3PwrGdzYY9y1GbjTtbPgrXqTTqmU15IEOQzzkKQniSDF9UtXJ2jsr0Eouc9lnepcU4\nItmbI0Ziq1Z+B/RpiC9BfSjHuM21CU376IILYfO4SzJ5EvSI2uY9F+woV4UyaCWZAe+RLrznvPuZRmUi\nUlCqBalOfAq6qhuDTcTVVQZcBP5SIN40o7Al5ejPRttZwtVIa4dAwcSQJAq+amueNzlU74u9EP5RQlIK\nnTrpigwj3ClaPYvlqURqAg65/lAMXtVVisxhSAfsbNkZgJIj417fh1e1wYlYDHHohF8n5jvAYqka6H6A\nJTQhBR8ITU/hU+zkS+V+2x22LvsusKKi7g5x0h/5wxUtGcy25fmcZiIN9tAVCZwWhj7jvWyfORCCGISn\nE/JYcL5UOQ503gsbqwSwr586OtEVMjE7He/NrPShEArAHhVIUkH4kooqPpyVvEhI5MaRV1pZToPcGMR2\nm+FJexPs8VtboSrsguE8Xbi/JUy+mVbEpOJjS1PoYwd+iwWvNKgyrIeQLA4RFclas3wrspBewpmX1OKV\nkEDUOeWkSKQqIkLAiJhxSkSC/GD7btUxC4paueZlzWpxXsm3CIn9EM2wbSKVZ26pZPYxaWS7VDZSsymP\nLW5QEBOCLLNJ/WmcjgHhbCkCnSKWmbTNErDGJsK+fPdvQXvWgm05cTZT+etNciZpE+ck9xDikZ3n2i2y\nejtFW0emluZlEvUpW+4bJXUIp2GPpo0uoNcyL6a5BNYcCdXhZLBTsWUKQPBu0kdNSHLRkn4D5k4Sk8QU\nG1E32nX8ihwPT+pyXeo4bAsZF61kWwH7YDQYHC4C4xPaUZw7GWGoN1nyPZU/QixbWye0bGMqEGBVgIJq\nn8gEBKEgGoRW23Ltda/nY//kBN253DxuQkd8Iq6CzwNXL2PBYAIg25qettrvcraiC362XK7mENVKHckF\nAzDQtXv2Z3C8uQPT7oufp+wVDGeUmHE5Iz+DMdPsTjwPVwZmUof81WxOAc3QaJ0iE/cEILypm6RcleSc\nHYoSlPEm5EcJgBO9KvQ5IDABTCD+yGmbTWsJ8YI+4cZmlOCQOIRVKGWGXouJy7CBFB7HLJObulb3NotQ\n2N4pFqIIvlE1gZMiiJTaKVqjpG686H2I8XlNZuztDlgTkGwMHslqxUqegHC1im1tURG7iGPFCqLA6yi0\n7Me72WKBD3RVJq7IthCvXW1bTkXEeZqwYtive7WTVu/NgPbFvnw5J5F9fMxlM3QyZRW5ipLMoipRvmJe\nE38bujMw90NEgEyaUJCCuTpleybOaiPZDqlyAM335VY9a7DWCkUTe3WkSuCr6HgCAInAExXSOiTnqR2p\nofr0/0O2nxOEjehIFH2whRGUCOwh6bRlrZxUFaQpnE1vq4SOWZgePP42KX46WFvOmduZAwV6op8j4L+E\nfh4JbbnQQMHKyEG9j3MOIMcmV7WvZvJDQpa7/5FoA85XbqFbSXyeyMJgMkjTPKab3WdmalYlVdF6kFCu\n/EFtxNCCai0hgJCJON7p0zmnwpIOxJneVFKi3fLiA4lsi/Mnm7C2J1ZRE979eskIQVCDqD6P6eRblfbw\nwBbP5ENS9rh1SYwWSyZRK1sxbJgREQsgmdTlsrkacgWHxsNJUDLrd6P8CHVhQGPzo63uZ8ShhWXBsYKu\nnIs3ZPLsjU6FkPtyv127WB4923SyHop5c6tp1emdwqThx/6cZNN79RGxpHz2RgWQ3uSeQYYV/mpu+2fC\ndpQ1ag804Th9sQeX2gGBAel2Yfgwi5ZbaasaqNooFFZIRwn4WjrD8ufou40awf8kMjQJ15eeNKzktKsJ\nUemaMjmVpfTCVY9wBS/kDNsy5xcTpBW1SaJ+B3HHIHXIhbQ2eqWtsgvt8UMJQmwWo714pI7N28GV8jeJ\nXgwfvZWfwobvhfwYFnGCshiPGZPZHjtBKR0vnQDZ9m7NlmHWS4mWao2EkyVXZE44yzRYRWA2bcaLiaNJ\nkVs1dF9S9Ks3KLv7zYI0a5ja7W2cWRJe6qmcw1L2JHTpTBQJLuGQIcozUa5Q3TzzKJOVivFivDeqigQE\nn9ot91Td9pCgFFYAUpPTRQ3jIiPwo88eCoIOQ0Duo3RRCb4Aj+coMG2y+QJzGRwbB9EnsGhpG0mCrS9m\nnIylnPcwyapZ4bAggvZoNTSLMheHLL8W2h3YCNI2CEa3I4XV6vQOLDsiucMfss6te+Hwcoft9+1F0C3g\nT4ZuTf7YzbKHfhhHHbnynYyzux4sHnjwULHvvkN3f9VF4mV5jliSaeH3G7veXh2hDlVtobY2BTfywEAA\nb8esPNMqQfcmbUQGe1/SDBg0mYtguxL0uTZDC8+lBzX9c/2ZPo2FMCxa6LeouMEybqrFnL3Y7sg2cRaz\nyhR75LmGAmvSdxlR+K/NEPj5orNcPevfWSmtF8riftuZJ+P+YNgcNovv8ObNV3v6oz/hT2l4/fXLVPHy\nNAQhpz0s1bVWfEt5kAQJRcP5h5dkbCuelZsr9fqYq+OuAc5M1Ia9Y664o+yqNr0H1+pNUFSYozCTIyq2\nu4ZE5k9EQkU+wh7HZrsfkyuC2CpYzo2IJGLlst1r4Dl4fycnX+FjFR/1OyzlwbnlvfANf/t39/32l+6x\n/y1NpUbip00O804WptJA396RL8v5JpMGmt031RN7i755FfuGw3ICksFUrGfqxFn8GrDBozHLZUzmOsu5\nJsXU3Zf33sGZYXtnNbqj8OpTbiPPFXnwfqlXZ6okLOyZKhdmkqLYq0csreRPpPSHCgh1ipmpAHoq26rs\nGLpMzDYIcUZJCs8w5BpF82z0vD90MRWskJxE6PJnWvMIfrTCJd3J/FQcu9ifp/AajVQ0JjiSigLt3Jn3\n/UMQdSpUCYMilX4wILkC46lIcj5Y8xttUa+p+ATea40YdXJi0pYtc1mKiq0dE97xqvdSO1uPkM3WHllT\nK2BGMbbGrdOpfR07faYlWEylVnyTxAYVXMS0/nKFB9t58nTEzqwWnI37nW1NCbvalKs7szSVksiUesF7\n8CoO+t6SpphnZkgzSwxynkfJZqjbWBIY0DsWi4eb+bpb7LUZ31ZX2LXrtztT22khPtR+czYHALEzeh7B\nybXcGC2mMiy7R3k4BNV1raEpmo05kqq4bHH2bPrsmX+4yZZOVugVj6XtLTLjZNvdrX1r9uh8Vn9sVib7\nqIt/hsspboWpVB7Ic7lzxVTUZP8jlZ09UWvOU+d/gCJOg8026wQbBck/miR0rKWJF9zx2akQGJQH2wpZ\nmT5eSo4EF65NzTHpxee6Qz1xh+sP2Q40swQVYVtAyV9dnrqM1010h2Z2KkW+bWoLW57KKLXsSrQ1q9iH\noz6nJy9L2DliQx6b871ntRyuUKLKtpVuNTPlBcdzMlOwc2EqYJzVtVMhyGwnWppKyIajqOoph+r/fv0D\nu/Uf1v/93SdGCv80biT7wmOJyj1f3DWVWphK4yzRYHR1oqobuX1YH51i6nCamXJ2i2rVLN+mLiUNLGs2\nIlWt2gX6c2nKn6FSC3VlwyCTCY7IaE2/NEpiTkUbCvfvPZGtmHLsbh5L91HpTDmuU+G3wkuA+Ug37Ruj\nEKveiU0c2AtMxCJyC+5A+P4SoAqhNzKtndgVUWdLL3C6Jea1l2y1g7U/GLWOGSZq8gdoUZvXB2UTBw2o\nomakyVszE7Muad4Tb9BmbNDQTOjOfbK24Pu+PPVUZHV+zJ1NJwn9v6Wpo7mYMmdUTy7aQ98hyR1wx3S6\ndy3DNyW12x2FyifhB4gnp/WmytXLVIxKjhnDHXiF8TVIt9RQtuEiz6LVNj2m7JDtU6u4yCrNMoQSezUu\nun1q3Xq1Zz9NppLN0k4bho4+a7ylxEQWkoArWeRaeFnRjxR7WImjxFe4Fm7upUH3I54UplnYVNrBYCXX\naXttSy0gwpIVxS5QXhJAoWDQVqkqCe9e5JbxFO6mmPIli8Up/FKm1MAVkIGemlYdiugBwANSIetMu92m\nUatVRottamfPSvd9/uyoi6kJM2WXAxrlQtFoIXX7WYoSczDSwFJ7GlY8h30fYQ+mHPkfol5ccstV3TH6\nDSoqnLiMmvJ7yZPNRPF2bx3LdDQ8Wuh63ggPSGLC1+226QfM46TYIG0v6nmkx4N8cgebKJ4gju2Uo5cC\nxAraZTqfhVRAMj6tazN5tC9FYbgXTIVzp5o5mp1C4gm2QroteLZthI1zMFS9saqosZGCOPnqa6pI/alf\ndmdqgp7nSX3tzHEPG7hsvrv9Wd1B7/k2LzszldLMyhIWKuDBjB1TLy2PFnuZh2BS3joJ5hMFotSw52J8\nSSNQtGclq0gFvaW2LhMLkSCMhNq2WAHfgHnaAl3KrXpUxrrdPpPhjRpXpgxusdAcY6VJj91/3712+ny1\nokQJ85AJptZgR+tG7XZaVqk/pxImTTMerqlCSrLkkpYakAO2ABm7W518w87O1qNPqeiQnM8MvQNTdnl4\nWaluQVa5T9WEQp2ckWTv4qp7V1txPtZtFaHd/VP+kU5RHGYYNS6lVOptaiavZuo69skpp3V7vaYi1yx8\ntQa9aNUdQMuAHKtTGj7h4jiablE/4P2pOeGyaoM2n4V43FaVjfu+VqnC7jIztb3Faa9dgP2SzpXZqeU/\nBdgja7+FAqmw9WhDxS6UVYsdemE5n2jFFESS62g8BOjTV1Wrm7Polufa2tq3Z+ZnpjeKjVRQhtHLVHsW\nKaqpic3ES9qXaEGkgJ17iuERtXXF7SpTqQKmuFvs7lRTVrLajdYjsu1H1D+xQ28QyUO8tDzlQk9F1HZ6\n9bF2L4g8g2fgXGCMZ2PgthiRaAuC292TiBzvmWVj7ZOy1QPDyVqNyZLzowcLHgGGjarIrsvseqjU5FAD\n+5HjJYrMWJrZPjMVI1c1r1QeJ8E7uStm7bQ104bcfUYiheJIh6NeXEEGv1cm8b2nvSaKsHWm8BZZ5doC\nhy33rIjYe+nDvZ3+oFOo0FuUXj5wYM7sX2sXHXm0pS0FHGHYeojyTW3ylCOWoxUFZk3+ZskgQyA0rF+y\narFJxC2Uu7x0t6zDKkty5Wp6drR7yrt2BaZWKbAoUx0GooGTLMxg4AVo2t6X3yYvIPPx+GPqbMTmkVl5\nrRfFfaItVG6WQiuTLfuMSTvPqtJXSwUeA5+aVahJ5xUjWK5varPAT+Ym+X+tGmgWVIRlHJ2uWnqDIhNM\nc2iyr5UomurLrMhPdEVjAveR+TkbrPK6qtLZKkBfFUmffNKi2dMTYUtmiaepPWRLvnJUAt227fN3b8ub\nZ8eW9e4ULDAStG6fedbCF8VU8Hw1dgEl5Kbw+XOtRhYgf1P++9IUhtxW2FZzeLABbbzmsE33PJbw4Y/B\n/ZeaxofXwF1u/0rWfaazUG/pL7LTyUcnz/sGVQiCgZ+/d4088nedI389Z6Xbu38hLvr/+D0oALTX/OiZ\nDy9SY0AqCNkn7f3nXHuBegP867rY8c7yzu/wirUAfPCr5Kdnygv2V3tNqBGcmNICyDjwH32XqiPQc8A1\nL1LvQBxzaCOcSNd4nzz0J1KvUE2CvfE++fB/Snb7RTLJn/NeuUGVgatT3H2oBlwmG/19akq8PPV8YOo/\nm3QZTlAL4u2PHsXdWpUDfNKZ/RecGX+d/Hq0533eNd0Bo5T1xGX+vETuu38vvffehz/mp9+lqsEFZ6M9\nfuvsrTc/fir99nQwhMjiukIml/OpWnabWHOJx/YWeUevkU0WjLvgGb1in7lif708xeISn+rsrcsZO+n1\n/JNsjV3TWVWviE3lvCdw/N6w7z3m750kZ0pXuXLrOthd/gwnwAGzTz7p33uL7LEzU0y2aAsYbNGWV26d\nJ//tLedsncgYZK9M/XWWz/s0eIP46+OTLVcrOGB+v/NkjL2ja7Inz9q/15zJ9TRYcH4/8dHO2VWu2XfF\nYXvMOWJnQzXH+/PJjM/2CniI7d3zZ7A7nQV/Lb13XXxAFEUze1CAmuFiKoSpkygqvfiB35mO6mYlhbGd\nevmVIMFgu8OG5rlS5Fy+1RbMW/qt7mCVmlQMPrqyp22JFbJES9MB46nMnFm+01v5dHKnaQNh6xXSelMh\n3RmCSFZRmHaVUNtIPcHPB3RR8cOUrMwTN01EdrxVHt1Q3rtTZNZeOlyg0ylQ4sz04ReXivh4G0ag8zwV\n2qYvmvlrOxanXNUp07+zvGM6C7cyldNpn3d1MDhcfy6CuPBt9NU3ZTvv2bWY1xCxC0Qdc7/U/HSyA8ds\n5h1Nob5mZvLksZ2dS9OjkqXfcOXOFLag0/I2+G5bS5B/ehI15pU8thSW7CxPRQ2nra8lc3T1+aODYbeZ\ni2xtoXStF/COG+UVH+y1hWlrzVp1tOr12rIFRa7ivn06mOG94sWwZ7Kq7WHSePRX1o2Av14x1o29xFqZ\ncnj2TKeqlorpVHwkA9x6+TJr3idJ3ukQ5xc982qz8SHr7kkrNKdmtGkL8IE8DRZBIE7ktpZ3p5haKy3c\nTDMeTm1rUz44xOodHCv2b4yHqxtZ4WJ8eNrvJb4rWzwCsmwQamZG3Ld3zOaWlsY6HrdJOFZd2qdZbGe4\n3APMChCml5am8MsZ1GM87M0yxty6pM3nvJ9Iy8kcnmJX9pNXmwWs2jQF75v5PZkkID7fei4KhBVTSRXG\njdr+C3aVez4toLcAYnJ6N1s+mmpac6pQCvUbEC/HpfdmNbwzoz+82dD+9ZLIZpiGpqT7nrmQexZNwru5\nRrFwaKnsC6IpU3m2KA8+bt2BIlRyGXLKw5BF7tvZiOYIKsZher1yK22U5ES20ddUu1LvquiMI2ZXJlkd\neY0glrNuRLTzuqrTa2tgq1pqQFrHAjGU07zTe6c3RonAJ78wC5OFK5vFmb7WV6lFe0IM3vL0FpSDHBkK\nHWw9NBxsleuOtkk1mHnlrFhAEYSdRMiQrJy58ut9QEKrPuI/BxEvtWds88660QHmpdKotFsVt8KMGHvE\n5qz82COhOjmNZ5Fn2cb7pzjU1u5pdI/iuQlOl5NdfLFnWfCpTXT7jDn4eSmrNFe1yTAn4nhJrDLNULck\n9tRNkYOM44gRp3OxmIbhYGlkNXekfFjMShNxR6oyqGKG7ZGq4oc5+AubW+KjYkVT7uMsZTok0JRUgJ4N\nRY7zmd7UxdD/+Y4rw0Cu5EzICiVtE2mkXA0ZkNB1wYcvumLV6RdcxsQVfn4UGikfUAzknMvm+LtXXIXJ\nVV/yViVVmR+EsFISFQmtLdw3Pu8aStbUp/iV86FC80EIy1zLtGWszY9CYwRf+TGv/BPKnpzOVKdeDKmc\n5/3KfqmXQjNHSiwvZJf9GZVhngk1lTPRjKQPIwWk1+LdN6ZEh1z5JJR/klBYGhTvydMu6+SSXCf41hsh\n+fJmfP1kaLy8lmnghCQUbvTn0SrdVxov70TjXwyZsqdC1+g035Ls1Une8UleWYph3wlBp7MhovUKf/9J\n6BHl8i9SK/pZKMA8y57RlV+I+57iPHyW7byBf1+lnJerDF11CR38fjr68LlQptITnYv580M0BpeSGthr\nvNTVGMTXfGL7I1yL542e9Mn2LL+SlK9eD7GjD0JG6XJ03el43tcoJfRSfPdMXOdKjJHmRtKRey0m7emQ\nJHoxVIDOZipn78Rk1i2OxwpK8lNJRed0rKYTsRs8kY3CjVAEkr7Qyy49hA8/HyP+ZqgSnYm18KhfytfR\nd+KCL7Gf035yst0ivDPVpB/FbA9dL7+ytH0uxodjxnpPJtGw6Dp87Hn/Ct6SZFNoeeHPN+NGL8bWBBWp\nYdP8Tl5jY+doOsvDl3Mtd/fuYLAhAzltcM8sfQ6GUUzxynr18ue84pFzRudtL+el5lftEDrcZraK6fNk\n5+dM2pm4fvKry2mXfcfi53JDQC93zdyRgbKn+Jyt2uKTaA7tCT12D8UWdwqXDLp2HyijqOsYVvUSI7Go\nkQaJgGqvEHitt/A5z28GcIy83liSdYnas90u4XP30feohgk/LEJs0XxuABY+FytwDWSzTJuJXWGzM21C\n7h5ROHxv5xvI3B/uLFOTpmiRlxnaG3C8xZnPRQzmiulsfkkTW9Ya+JKfc9aX0v09w7j4uQ4QTqE1VYnV\nyemZxTTiKXN+xMvM6nDBCgpXM3zN5ONS/6Gz3PmcRzVTFFNpVVx493/KiB2eb7qrWivNDpsVoStJqBR3\nTh5RVXDXq4dw0LdGG/b+t9B/3zoC+GrmGma/CujyOT8kw8AC59HkuuD4wkFlnVJJm7zesDg4Wj5uJ+5x\npEYyIKcoI7gme6E/kK3YWZar0mIlc4ojx7uYxoNOz65du3x97DTzsETBD5E0QXlRfCjzoyk6Quc/q62H\nWqyrmMGrcsM70w7/zntIoGWGuWwG/bnPLYdtzZ2TQ+U6Mv6zzY4/2vVfP2faLs1/7oV2JihAdgeb9f/V\ndXW/TZ5X/LqW+B/euqqSaHEMo5pW4rgKga5MbUFdUDvtYnJsJxicOPPrkETVpIUApe0orVRGhaaWrrSk\nGdAUmuFQQqTtHpE7LuFm0v6LPefrec7zgZBCYr+fz+c5v/M7vzMwwH7DgIqPYQMyKGRBQMfvY177PPoe\nWVahXwIfpMdwhh2/U8H6YjXGqaj10KPLj342/+492n609ej+o5u750ANGDFzioPcR6R7BxHwPiLwd1Dr\nGBF28//nGKkAJB/1fv14B2v+3qNv8ewvUCEY9IS3MSbwJUYRNvFbiliQojJqPuP//vEagWc9ZdbA7e+e\nxzgGRAc2OTqxyVGBh/gEl3bPsQ4vqUZDDGYH9YZXSc3WPD+/3+4n/H7bGC9BpWxzxqbfHnj0Nj4rtc9m\nEB2RqICvice6ZArXPg9IN+PKCvGHnxa//lFFElZBqe3JGp9/98kWaObR9Z7cApUyvIPTJqOzPrJafRdQ\n702+x/uj3t66xBE8nbNvzROcpU+CZ3Sad3y/bmeq09PFWmwsn2K5RUy99ATLKuEehWscktx4pQsnVcUK\nQwFbpmM2V9T6UXM/p3VYAYrhRKroSiGY/E2IAZJe6FciwSNXZ46RNUZyxRstBsub485Zhv4ihESbbsHH\nqvOdOZzCOJmlumd2GEpKds2KOOIpN+wpeEgL5CpX/Mgo7DqCOXMTemYLUOLtKdwxRSmPY//XIBItPdIv\nwur1tZLMEYXQ+uC11NEBOXdBrJmx4jgUzRvO3mi2T2O+6zD2i46COAiDT3ZJ7Oj5m82GOf/mB0Aj1Ypn\noUHVp4CbDGXQAN20OUBRoGKgwmzoseJCb7r062K14FialpB4ullrK1gSYCzqzSxvIjoe7nZZaA4h0Udw\nPeSY6HQqeHRgcExTySXaBvzMGyQkqKRxxNqEet+sdadbS8Vq0LV7CpBq0yw1oC47CWMQFgxvBhsqMBmn\nM8JRJ4zFZTatWg5V5ZvZqVYbmDVdkBIMTEfiGtV7dsRYPSQB4Y6d6CCElY1zxVyp4GFfn2MCbfsuB5tz\nJ2tQuQTU3U6ZBzHfNktgYkGrzdRmm7x+uEwec/C7VACKK2hJDaVMjINj3Q6SsH5j/pibgoxhLYRDVB+W\nnkB1JGS8KCkwokUhO0VXU2VlN4mNiMvh8HHB1ISCKeQQZ93bpQ8xxbwsqWm2PbisFNhYiD7mfioUMIPI\nQnUwJkpILEBaHqRKtOq5p/yFmCmTval4U22mw/N4j0zkPaFZUAD+WKYLPZsxM5zpFcGThYK7vNUyrhAk\n8mbvYiQzt0aJrIWOhsbjQBkztLR5+mHYHh2iw0GRJATPoawTdSILVYowhaIy+S7EiDHt6kgVk2JIrbzT\ntlkxcKCX/C2A5lFjEVuxE85ydbXPW1B/UfgoCAFzro29qC6BjfnQs8jJa/VsWoEuxEtMq64ZJlxhk0iL\nNmmlDBUcoe5a0w9KjYeLtHcC7Ip1KIoEvGcZ2r3FTsnYvF1bmPHQApfDA6YWVCVsyAdwuW6r0/ATGTJq\nIN+xYn08jtu1lz1RQp77TnkStl0sTNhV64enXwen0OghvByb2tPchLiFdUxqUzkIJxifLFyELch9QPDw\nUeWVkqM0erK2ZOb7VM54QnnfiAtRSbYRdYbCucs8rbX5gyYIrPIlFCIZK5r1/HStbtwvZBHD9tccLL68\nf0Kl+Q1Ez1w9quq+YRHNYeUJkq30y4ojT8peqkQ3jFNc6x0wG5rZt4CPJpMwmvuFyCDL4wbS1hNp52TR\nyHPsTKnwWMxCQ60YeZRK14xvD4/1SrndMesyZ0821AClAekyAcUqQDW79rIS45A6iS4PazQyAnWgnPhu\nnrghHg85FLXGMoosUDaaHwqCfdjaF9ZUzbyACvm6KDlGJVTRY6+8eOjoxOTvjx3OpCu0aA/9LFZDTMrr\nYERVfL4f3GwsMjSATydimwttyCoNFhezVvhZT9Cvb9S65nkbGtFxRhVnTZOpDPm1AgYcXYLSXnrbZqv8\nVHMZuQJmxvBbqJGmPAXOz5xGpYm2yiHWI5zM8ywy2/2cDPioEm00I9Hu7edS4IrehnHSVsF1YK7iqLeq\nH2AT+pmNohzl8k5kU0P6AO5sniIVPrPN2bHmhc5wowQ6b4qCwVj32aJwpM8whn6vZSHGNBk9c+TX9By/\nGICoZrfTZREfsxG3F3IUkPCSLxF90dXZyNszQ41ShK32zcSRcYabXjdjZarTOWW5AU4pY45GTs3GbiXv\n2i3KmPbanFXZ+3Cd8V4b8LM6VYyl4Ld5E4GPhqUvuLZwz3HVaRXImfF/tNdTVSOr0RI5PpcFoXYldpKJ\n3Cc4MAtdZxJMdOZoSBszgZxhGC0zxspZyDkVLz8GZF/Q7ZhxAXHNqmbzBFV8FMGASAKzLjtHR0IzdAhq\njZM15NTYMYa4lwcIGyM/ZwGiTFRPlSYsKd2Y6+JCawPzJ0iYVBTKMZ+RmRIWbj0EyCPaUJKLbWWBM8pQ\nFVkjnakkWaROkZiMSK2bAHhkp6tRNbgOX50SsOooG0ID2AyPLkr8gsCh0M48p8BOK4s2gnUDzdkhzo8Z\nX5YGk0Vuss/v1isATv5F02p5oIVg5inznRRD5WAHVl4QhGH1vDzIITMunaIE8sgMcuHBMKccSujfTg+S\nP3KptikSTKDPo3Tf0U/ws39xFY38THtvUBBYGpk/MR9w7czoixbaglPHFOmjGohzdXCJYF/XR2mhrKPP\nMYezRAjK2fGTOsMB313odUW6eXFo1Mn4tEhftulR7bCJcVPNtEQcp2khJEPaantHsyAY5euT4DjEHRZ9\nvfJSCRBhdRPuxyxy5/W3hKLZ8IP9hdZMfJ75Fmq6PP5s96PHPwN3GeuFUZ2y8JPrVAUMmeTnAd/lym73\ngypsUtWOMU7/k91LjKre5QpvgKsCrruDfzMy/PhHPHOHWOXIp36AvxHKu2HuR2jsPWSVM8aMDG/mdfPd\nCVH+Gev6UV0zujvwvu/zWwTPA5gyIrjbjBj/dfcTZJ6fQ958n7FeqGz3I6PJ28j+3sYabZt4f3pTOIZ4\n+PLJfXoLrtIGd/8Uj7+PNeW2ocofxlsvCmFgQwKyFzCiuoKx6TsY7aX4siUwqLpjXMLpnJzynYRrtyS8\nflGi1RTS/VrVuvpOMQEo3q0rcAk7Aj6XsyDufBV//4pZHFxLiBgXV1Xw94wKu6/hM6yo6j8P1XtZtox9\ni75c5zM85Y7UPlsTcsiG8Ar+gtff4Lg5cwmIV0NlcW4JReSBvOYFPEWfRS2j2pnbcF1OUVV4HMfgosTT\nNbliRzE31qWRP5SO2FL8HNWGjkBiuQSaCvJQul7YCI6N83dHIfBq3q0oFoqtNvUB8jGoxXakd+4JKUKR\nizymx0WpgbWOv+wgw+Qh129yT3tGqukRe+SqT025IwffwBPPuDd191qXHrmMZ91mggoX46MBdkPa5LZU\n4KKmuy5ltqSmG9/9tjd64ZjzyJ9Zx88vCY3hYyEFUZE7ep6/qfY/L4/3gYxn2843mZfiaEUPZPSuyfRZ\nkxJUdowJ68Z9Qt20ptp5012HyCE8L9ZkxtnCW2v4hD+oYnBYMRD+vG2vE8eRvNwUl5Gyao5aw2yOdZvV\nINWM4Jgt8/8PXnUe94nUaQrjQ99znsgFjFD9hFEqujLktKxhxSJ+HqlxpD65i9GuszYydROfawWyObiO\nz43wXnjspvymHEqBYBb3j3S6M+V9r776ankJRXzARwhBIXR74dvRzIYCIhRGVJtUfY4iqLeI6vdYsTM9\nXdSSdizjNwrlNiBUL6R/Y7FEgFL2UpAfAmagDllxDMdaWS9ZY6EYeyS6oAd/VKhE8Zhy+fDbxUzfcBFE\nSxrN4+8cmYAU0zm0lviGJ43VTZc4EAaeQfsgjKnkdYvqZBaP03JWfNsstu5if9wzyPjGcddmYIUGiJYE\nKrDdCYgqJ/o2Bp6wJbCTKSj0WrWwGIVBXgtCb4itYKzfu1YWeawHYrylgGihV92jV4khqSyNlQRkdgXM\nyMn++MaX8kpIkKqDl3COemGZL2HgIHsP8Nfp2NLQ4TMBXO1TluFkJb4kQzSLYon7bJ4JInJmIsxMQT1v\nBgWMLz0DjJZoIrRmhVSlXJjxeq3RnCVcgpgjuUKShNWjvUp+/BEzaNiJOLh8pDHYagyRktxJIWaDSyxu\nhkh7DY2y4ozXt7GJXvD6mTCyaowYC1e56bJcmCaOhS9YA0PXdODQtRcBp5/xytHyqkEQrBhohWFouwNp\nz17hBwjFgfc/N9MDYcVDIxMj8bgvkQ6DaEEAsDGsS5OJuofzChsq3TpIG1IBM4E6OUMM4n+CP2YxADnb\nyv3ybJ3pSQHWhrMT7BTmMbo5YZax2alWTV2suWQGJIuicHLKQk7VCVS7MRDoRX8BrvFBu9r0NBRd6KkX\nQu45tzFPKwfeKYW4CAIXYAWOOwKXmGtoqiPPNBeFs962LhnAk/uoxC4Xm1PmnZuoLFKDYGO355IWabcD\nDMgG3YBnJLiijbaKCIJVuXidkV31yExl0hWAWBVeD5O3jT/s+gub0EtxquG6U6/N16QgiWi7+MCtN+Qg\nNYWG3PRCF8epWsdce1EVA8jvkHIWbikFCGzZtMEMCMCRsFncQRU/NPRe6fh4af7Eck5sB1ukBniAZkuF\nJUxGn8Wm6vBFHdh2g/IaLjiKywA2PPJG6B1zVuWwOBfnnFmLBqryaPiHgEgoddVFjSmYJhjOwH6sQ23B\nLghFQLu8vP/wy/sneIyZP4pDQ6MhIgU7pCdSKBi2GVZ/DPIeQ34t0CyDRRqpl3Gc7b0S6MgeMjNpcAgW\n7cnWrPktiyGYoretsGXhLCRn8wQJuViVzr6DMo1QqlZmF6/nctyAagM/dZb5xpaOo6J4CZOJEXq9PvXE\nQNJ3ZmlW3xSBynqLk6gxXIPtepmH3oRNjcQe0PXuZOHxyLd8I1+7g5N6Ap5zj2QrZrq1WeS/WAaELnAk\n5CV7Pce28BJr5bjEjh1vn38qVhIGjdqOrI3qxS/4aGrloKd+Va3Ai+ohLIpyegSiURdkYod8a2gXsc90\nJLmY2DcT1luR+rLn9WWesPz2FOLnq6YGPi8GUpAO6o+NJjYNpxjmCqbYylVSnaQFxQy4bIPmYBPn3yNY\nBZHPCvz0qklwXIzex1c/VlPvdKfVGNw7NFr0FMdtqnPsqrmYg1u6qwmT2+cf0m9BhjqSS4gDhTVHSfMO\n3lcpW8lkqMQgc52j2rBztFvT2LzDXh1EIaPES1jmNCjhODIPGq35NgmLWgWb3On6uPfFgRHw37JEG3Dw\nOhcbB+OLCfPRq3alTDevXBdpfEUeHZVSw2i3/U2XbpKqFGYE98LIirFxT9FIdGOrIcUieP2ypDMpiMRt\namv1qOM4ruW5R0GCNFIJsE9PA48IZJCboI6Uk2U3D/FOq3Q1aB1k50OotrIRUaeC7eyjRBdVs4QDiRwc\nIiUgcQiejcqX+XQIHJFYFsjxK1V1KrRXFls5cOkwmo7TUNKTYX0Jbu4nXtK8pPphTYwpthr0fvxC8IeN\nOtqomtogoEM6s2bkKsPLK5fIPTCdWF+Qj8lloZgfhGL6CzML/1nPs0GKrS8MiR7O7pXH27srGO3YwBhC\n8Nnjaxg1WEGNIIqNbIWxC2KYm3POYhTggcRTzPUkCuJiCNukGSTRB9DWic9lrnz42TWKopjrAoe9bzn6\nFA/ZtKo88fU+oeeFJ3ZaO+b+pA60gZ+hHo7omyDmdxMrr59nfO0nRgpXFXf8DH325BZ85u9Rxydfh7Uk\nJ+vLLJQqF8ZP3eVyrN6qI6MJZU3GsgEca7LYR8sOWFQBkkXoULh7435dTG0GiiPuliRrjRSUOYLTLZx+\nlZSRIl96Fo7LChElMGNxRTYjXDgDDfJW/ZS3yw2KZasM2z8rwVCxdIrZMTTdB3LtV2WRQQiNFRraaM1H\n23QPU1K8rYv+C9d2dWTw8yXQ/YTp+L6ZyiVO2yqkbFwSran64jW0eQVwhBxa0McGJkWh8mKp9AdfwGO8\n1YUnqRYSLZKyTBef9q897d952v8efm6dfdq/8rT/j2er3z5b/fTZ6rVnq1eerX7zbPXqs9Uv/nvrm//9\n83Obcr61Yv4akrjYhgQvKMrwNeL2H3IIjAM9ErXhjMuLEm6zWaVBBMeGJ2xQwGahrksSaJ+jkHCWDfz1\nVe6wzSy2ybNXVPgmCAh+LEnQOxLD+lIe75zkk26oIKPNGrbxyjVJ+NWBm5UoNfsyZ5hyUEzHs4I07euS\nzHuRk9a5TdYwf3ZHvlqXANllOXJHQn5fqdOpfc7gM+sP1yV718+C56fdUFHI6ypCZPudzvpGTrwtrWru\n/rVXuNR6wTGbEPgHyoxQaWnRsIf/2DsJLQgQW1G3kfwbXLBC/zK16xer4RpI0yWByy/NttWxbjEL5KVk\n9VSaNMqbMbtAwoZK2cPlaghpkFczkl65lcfpJr1eSN3qGvMvYfkM3FDOBlWru3LxSuXyu/snyuVDk4ey\n996YfOvNbN/I3sx3ugSRCRwelsoyj8s6Tei6QY6EaaiCt3vKKQ7J+K1p9N9xo6faMT84k/L/sqCx2KPF\nuwwEvTkQY1BIIPKvwP2aJbessYFfJCJQleSWWYBAz3DWA+VOePVhDL2prC+Vjubnkcs4Sy796Qngb2fW\nQEghRabnu61aibrAvHl3wThK/75XobYP50F7bO8o5aEr8+h95fjj0D6QgTJScqCeeOGFFJ5W60EF+fBJ\nYjwI3jj5Ful9tZlshrFu8nbNsZSxoq3xRic72DVGentIaS32UbeRuDx3kBMENvK/HH/H0528I9mYmHt5\nl9QjFacpcQXzKVzhEulDAsOHck/91TM7dvzgm0cmsuJcrzQZCBlA98WYygR8D2gM0850fJVWYrMQzuW6\n7dPLwaT5k9bOfaWed0Fl2k6+w4eUExaymY2jOgNSbS0IFfXeNpNshPJWDiL9Nbl+zNVO5vGYNVey7uzQ\nCPLhefDGNiyegGM43mti1BG/TiFdxrtVu4I26ivp3SJGrfCh1B6iJfcSnACcJemVMkZHsJFrI0lnJdms\ns6lwLLwmV4gKR4seJzhMXhnZuy+b9Hd/G3B8zj0TLgY+ZDEEUnkHS7w8hj3Hkm3YGxzI0vvCc9qr2Egb\nMTkwg9sJOkT8/jQ3KmnzBOLJyS9wLo3ELR3NZZ75gRlhN8fndGHhOc1ZSa3T8F7PabYqsjMvqRWKVy/i\nYEruPHv9jvnYZxalzUMH9iWulTvIaLTXEa5ZX8xVa61fFraX9QCIAKg5bh8rVRiy7m8o4pJl5O0ogZ8d\nvmbCnCfH5TJKTBFva0O4Wl+l/Ix13xO6KCJPD5H51fete+aO/R8EyzZRoN8BAA==`;let tn;function getDictionary(){if(!tn){tn=new Uint8Array(122784);const e=atob(en);const t=new Uint8Array(e.length);for(let n=0;n<e.length;n++){t[n]=e.charCodeAt(n)}gzip_gunzip(t,tn)}return tn}const nn=0;const rn=1;const sn=2;const on=3;const an=4;const fn=5;const cn=6;const un=7;const dn=8;const hn=9;const pn=10;const mn=11;const vn=12;const gn=13;const An=14;const wn=15;const yn=16;const bn=17;const In=18;const xn=20;class Transform{constructor(e,t,n){this.prefix=new Uint8Array(e.length);this.transform=t;this.suffix=new Uint8Array(n.length);for(let t=0;t<e.length;t++)this.prefix[t]=e.charCodeAt(t);for(let e=0;e<n.length;e++)this.suffix[e]=n.charCodeAt(e)}}const En=[new Transform("",nn,""),new Transform("",nn," "),new Transform(" ",nn," "),new Transform("",vn,""),new Transform("",pn," "),new Transform("",nn," the "),new Transform(" ",nn,""),new Transform("s ",nn," "),new Transform("",nn," of "),new Transform("",pn,""),new Transform("",nn," and "),new Transform("",gn,""),new Transform("",rn,""),new Transform(", ",nn," "),new Transform("",nn,", "),new Transform(" ",pn," "),new Transform("",nn," in "),new Transform("",nn," to "),new Transform("e ",nn," "),new Transform("",nn,'"'),new Transform("",nn,"."),new Transform("",nn,'">'),new Transform("",nn,"\n"),new Transform("",on,""),new Transform("",nn,"]"),new Transform("",nn," for "),new Transform("",An,""),new Transform("",sn,""),new Transform("",nn," a "),new Transform("",nn," that "),new Transform(" ",pn,""),new Transform("",nn,". "),new Transform(".",nn,""),new Transform(" ",nn,", "),new Transform("",wn,""),new Transform("",nn," with "),new Transform("",nn,"'"),new Transform("",nn," from "),new Transform("",nn," by "),new Transform("",yn,""),new Transform("",bn,""),new Transform(" the ",nn,""),new Transform("",an,""),new Transform("",nn,". The "),new Transform("",mn,""),new Transform("",nn," on "),new Transform("",nn," as "),new Transform("",nn," is "),new Transform("",un,""),new Transform("",rn,"ing "),new Transform("",nn,"\n\t"),new Transform("",nn,":"),new Transform(" ",nn,". "),new Transform("",nn,"ed "),new Transform("",xn,""),new Transform("",In,""),new Transform("",cn,""),new Transform("",nn,"("),new Transform("",pn,", "),new Transform("",dn,""),new Transform("",nn," at "),new Transform("",nn,"ly "),new Transform(" the ",nn," of "),new Transform("",fn,""),new Transform("",hn,""),new Transform(" ",pn,", "),new Transform("",pn,'"'),new Transform(".",nn,"("),new Transform("",mn," "),new Transform("",pn,'">'),new Transform("",nn,'="'),new Transform(" ",nn,"."),new Transform(".com/",nn,""),new Transform(" the ",nn," of the "),new Transform("",pn,"'"),new Transform("",nn,". This "),new Transform("",nn,","),new Transform(".",nn," "),new Transform("",pn,"("),new Transform("",pn,"."),new Transform("",nn," not "),new Transform(" ",nn,'="'),new Transform("",nn,"er "),new Transform(" ",mn," "),new Transform("",nn,"al "),new Transform(" ",mn,""),new Transform("",nn,"='"),new Transform("",mn,'"'),new Transform("",pn,". "),new Transform(" ",nn,"("),new Transform("",nn,"ful "),new Transform(" ",pn,". "),new Transform("",nn,"ive "),new Transform("",nn,"less "),new Transform("",mn,"'"),new Transform("",nn,"est "),new Transform(" ",pn,"."),new Transform("",mn,'">'),new Transform(" ",nn,"='"),new Transform("",pn,","),new Transform("",nn,"ize "),new Transform("",mn,"."),new Transform("Â ",nn,""),new Transform(" ",nn,","),new Transform("",pn,'="'),new Transform("",mn,'="'),new Transform("",nn,"ous "),new Transform("",mn,", "),new Transform("",pn,"='"),new Transform(" ",pn,","),new Transform(" ",mn,'="'),new Transform(" ",mn,", "),new Transform("",mn,","),new Transform("",mn,"("),new Transform("",mn,". "),new Transform(" ",mn,"."),new Transform("",mn,"='"),new Transform(" ",mn,". "),new Transform(" ",pn,'="'),new Transform(" ",mn,"='"),new Transform(" ",pn,"='")];const Bn=En.length;function ToUpperCase(e,t){if(e[t]<192){if(e[t]>=97&&e[t]<=122){e[t]^=32}return 1}if(e[t]<224){e[t+1]^=32;return 2}e[t+2]^=5;return 3}function transformDictionaryWord(e,t,n,r,i){const s=getDictionary();const{prefix:o}=En[i];const{suffix:a}=En[i];const f=En[i].transform;let c=f<vn?0:f-(vn-1);const l=t;if(c>r)c=r;let u=0;while(u<o.length){e[t++]=o[u++]}n+=c;r-=c;if(f<=hn)r-=f;for(let i=0;i<r;i++){e[t++]=s[n+i]}let d=t-r;if(f===pn){ToUpperCase(e,d)}else if(f===mn){while(r>0){const t=ToUpperCase(e,d);d+=t;r-=t}}let h=0;while(h<a.length){e[t++]=a[h++]}return t-l}const Cn=256;const Sn=704;const Nn=26;const Tn=6;const Qn=2;const Mn=16;const Fn=new Uint8Array([3,2,1,0,3,3,3,3,3,3,2,2,2,2,2,2]);const kn=new Int8Array([0,0,0,0,-1,1,-2,2,-3,3,-1,1,-2,2,-3,3]);const Rn=new Uint32Array([0,0,0,0,0,4096,9216,21504,35840,44032,53248,63488,74752,87040,93696,100864,104704,106752,108928,113536,115968,118528,119872,121280,122016]);const Un=new Uint8Array([0,0,0,0,10,10,11,11,10,10,10,10,10,9,9,8,7,7,8,7,7,6,6,5,5]);const Ln=4;const Pn=24;function decompressBrotli(e,t){const n=new Uint8Array(t);const r=new BrotliInput(e);const i=new BrotliOutput(n);brotli(r,i);return n}function brotli(e,t){let n=0;let r=0;let i=0;const s=[16,15,11,4];let o=0;const a=[new HuffmanTreeGroup(0,0),new HuffmanTreeGroup(0,0),new HuffmanTreeGroup(0,0)];const f=128+BrotliBitReader.READ_SIZE;const c=new BrotliBitReader(e);const l=decodeWindowBits(c);const u=(1<<l)-16;const d=1<<l;const h=d-1;const p=new Uint8Array(d+f+Pn);const m=d;const v=[];const g=[];for(let e=0;e<3*Gt;e++){v[e]=new HuffmanCode(0,0);g[e]=new HuffmanCode(0,0)}while(!r){const e=[1<<28,1<<28,1<<28];const f=[0];const l=[1,1,1];const A=[0,1,0,1,0,1];const w=[0];for(let e=0;e<3;e++){a[e].codes=[];a[e].htrees=new Uint32Array}c.readMoreInput();const b=decodeMetaBlockLength(c);let I=b.meta_block_length;if(n+I>t.buffer.length){const e=new Uint8Array(n+I);e.set(t.buffer);t.buffer=e}r=b.input_end;if(b.is_metadata){jumpToByteBoundary(c);for(;I>0;--I){c.readMoreInput();c.readBits(8)}continue}if(I===0)continue;if(b.is_uncompressed){c.bit_pos_=c.bit_pos_+7&~7;copyUncompressedBlockToOutput(t,I,n,p,h,c);n+=I;continue}for(let t=0;t<3;t++){l[t]=decodeVarLenUint8(c)+1;if(l[t]>=2){readHuffmanCode(l[t]+2,v,t*Gt,c);readHuffmanCode(Nn,g,t*Gt,c);e[t]=readBlockLength(g,t*Gt,c);w[t]=1}}c.readMoreInput();const x=c.readBits(2);const E=Mn+(c.readBits(4)<<x);const B=(1<<x)-1;const C=E+(48<<x);const S=new Uint8Array(l[0]);for(let e=0;e<l[0];e++){c.readMoreInput();S[e]=c.readBits(2)<<1}const[N,T]=decodeContextMap(l[0]<<Tn,c);const[Q,M]=decodeContextMap(l[2]<<Qn,c);a[0]=new HuffmanTreeGroup(Cn,N);a[1]=new HuffmanTreeGroup(Sn,l[1]);a[2]=new HuffmanTreeGroup(C,Q);for(let e=0;e<3;++e){a[e].decode(c)}let F=0;let k=0;let R=S[f[0]];let U=_t[R];let L=_t[R+1];let P=a[1].htrees[0];while(I>0){let r;c.readMoreInput();if(e[1]===0){decodeBlockType(l[1],v,1,f,A,w,c);e[1]=readBlockLength(g,Gt,c);P=a[1].htrees[f[1]]}e[1]--;const b=readSymbol(a[1].codes,P,c);let C=b>>6;if(C>=2){C-=2;r=-1}else{r=0}const N=Dt[C]+(b>>3&7);const Q=Lt[N];const D=Q.offset+c.readBits(Q.nbits);const q=qt[C]+(b&7);const G=Pt[q];const O=G.offset+c.readBits(G.nbits);let V=p[n-1&h];let H=p[n-2&h];for(let r=0;r<D;r++){c.readMoreInput();if(e[0]===0){decodeBlockType(l[0],v,0,f,A,w,c);e[0]=readBlockLength(g,0,c);const t=f[0]<<Tn;F=t;R=S[f[0]];U=_t[R];L=_t[R+1]}const r=Xt[U+V]|Xt[L+H];const i=T[F+r];e[0]--;H=V;V=readSymbol(a[0].codes,a[0].htrees[i],c);p[n&h]=V;if((n&h)===h){t.write(p,d)}n++}I-=D;if(I<=0)break;if(r<0){c.readMoreInput();if(e[2]===0){decodeBlockType(l[2],v,2,f,A,w,c);e[2]=readBlockLength(g,2*Gt,c);k=f[2]<<Qn}e[2]--;const t=(O>4?3:O-2)&255;const n=M[k+t];r=readSymbol(a[2].codes,a[2].htrees[n],c);if(r>=E){r-=E;const e=r&B;r>>=x;const t=(r>>1)+1;const n=(2+(r&1)<<t)-4;r=E+(n+c.readBits(t)<<x)+e}}const z=translateShortCodes(r,s,o);if(z<0)throw new Error("[BrotliDecompress] invalid distance");if(n<u&&i!==u){i=n}else{i=u}let Y=n&h;if(z>i){if(O>=Ln&&O<=Pn){let e=Rn[O];const r=z-i-1;const s=Un[O];const o=(1<<s)-1;const a=r&o;const f=r>>s;e+=a*O;if(f<Bn){const r=transformDictionaryWord(p,Y,e,O,f);Y+=r;n+=r;I-=r;if(Y>=m){t.write(p,d);for(let e=0;e<Y-m;e++)p[e]=p[m+e]}}else{throw new Error("Invalid backward reference")}}else{throw new Error("Invalid backward reference")}}else{if(r>0){s[o&3]=z;o++}if(O>I){throw new Error("Invalid backward reference")}for(let e=0;e<O;e++){p[n&h]=p[n-z&h];if((n&h)===h){t.write(p,d)}n++;I--}}}n&=1073741823}t.write(p,n&h)}function translateShortCodes(e,t,n){if(e<Mn){n+=Fn[e];n&=3;return t[n]+kn[e]}else{return e-Mn+1}}var Dn=ArrayBuffer,qn=Uint8Array,Gn=Uint16Array,On=Int16Array,Vn=null&&Uint32Array,Hn=Int32Array;var slc=function(e,t,n){if(qn.prototype.slice)return qn.prototype.slice.call(e,t,n);if(t==null||t<0)t=0;if(n==null||n>e.length)n=e.length;var r=new qn(n-t);r.set(e.subarray(t,n));return r};var esm_fill=function(e,t,n,r){if(qn.prototype.fill)return qn.prototype.fill.call(e,t,n,r);if(n==null||n<0)n=0;if(r==null||r>e.length)r=e.length;for(;n<r;++n)e[n]=t;return e};var cpw=function(e,t,n,r){if(qn.prototype.copyWithin)return qn.prototype.copyWithin.call(e,t,n,r);if(n==null||n<0)n=0;if(r==null||r>e.length)r=e.length;while(n<r){e[t++]=e[n++]}};var zn={InvalidData:0,WindowSizeTooLarge:1,InvalidBlockType:2,FSEAccuracyTooHigh:3,DistanceTooFarBack:4,UnexpectedEOF:5};var Yn=["invalid zstd data","window size too large (>2046MB)","invalid block type","FSE accuracy too high","match distance too far back","unexpected EOF"];var err=function(e,t,n){var r=new Error(t||Yn[e]);r.code=e;if(Error.captureStackTrace)Error.captureStackTrace(r,err);if(!n)throw r;return r};var rb=function(e,t,n){var r=0,i=0;for(;r<n;++r)i|=e[t++]<<(r<<3);return i};var b4=function(e,t){return(e[t]|e[t+1]<<8|e[t+2]<<16|e[t+3]<<24)>>>0};var rzfh=function(e,t){var n=e[0]|e[1]<<8|e[2]<<16;if(n==3126568&&e[3]==253){var r=e[4];var i=r>>5&1,s=r>>2&1,o=r&3,a=r>>6;if(r&8)err(0);var f=6-i;var c=o==3?4:o;var l=rb(e,f,c);f+=c;var u=a?1<<a:i;var d=rb(e,f,u)+(a==1&&256);var h=d;if(!i){var p=1<<10+(e[5]>>3);h=p+(p>>3)*(e[5]&7)}if(h>2145386496)err(1);var m=new qn((t==1?d||h:t?0:h)+12);m[0]=1,m[4]=4,m[8]=8;return{b:f+u,y:0,l:0,d:l,w:t&&t!=1?t:m.subarray(12),e:h,o:new Hn(m.buffer,0,3),u:d,c:s,m:Math.min(131072,h)}}else if((n>>4|e[3]<<20)==25481893){return b4(e,4)+8}err(0)};var msb=function(e){var t=0;for(;1<<t<=e;++t);return t-1};var rfse=function(e,t,n){var r=(t<<3)+4;var i=(e[t]&15)+5;if(i>n)err(3);var s=1<<i;var o=s,a=-1,f=-1,c=-1,l=s;var u=new Dn(512+(s<<2));var d=new On(u,0,256);var h=new Gn(u,0,256);var p=new Gn(u,512,s);var m=512+(s<<1);var v=new qn(u,m,s);var g=new qn(u,m+s);while(a<255&&o>0){var A=msb(o+1);var w=r>>3;var b=(1<<A+1)-1;var I=(e[w]|e[w+1]<<8|e[w+2]<<16)>>(r&7)&b;var x=(1<<A)-1;var E=b-o-1;var B=I&x;if(B<E)r+=A,I=B;else{r+=A+1;if(I>x)I-=E}d[++a]=--I;if(I==-1){o+=I;v[--l]=a}else o-=I;if(!I){do{var C=r>>3;f=(e[C]|e[C+1]<<8)>>(r&7)&3;r+=2;a+=f}while(f==3)}}if(a>255||o)err(0);var S=0;var N=(s>>1)+(s>>3)+3;var T=s-1;for(var Q=0;Q<=a;++Q){var M=d[Q];if(M<1){h[Q]=-M;continue}for(c=0;c<M;++c){v[S]=Q;do{S=S+N&T}while(S>=l)}}if(S)err(0);for(c=0;c<s;++c){var F=h[v[c]]++;var k=g[c]=i-msb(F);p[c]=(F<<k)-s}return[r+7>>3,{b:i,s:v,n:g,t:p}]};var rhu=function(e,t){var n=0,r=-1;var i=new qn(292),s=e[t];var o=i.subarray(0,256);var a=i.subarray(256,268);var f=new Gn(i.buffer,268);if(s<128){var c=rfse(e,t+1,6),l=c[0],u=c[1];t+=s;var d=l<<3;var h=e[t];if(!h)err(0);var p=0,m=0,v=u.b,g=v;var A=(++t<<3)-8+msb(h);for(;;){A-=v;if(A<d)break;var w=A>>3;p+=(e[w]|e[w+1]<<8)>>(A&7)&(1<<v)-1;o[++r]=u.s[p];A-=g;if(A<d)break;w=A>>3;m+=(e[w]|e[w+1]<<8)>>(A&7)&(1<<g)-1;o[++r]=u.s[m];v=u.n[p];p=u.t[p];g=u.n[m];m=u.t[m]}if(++r>255)err(0)}else{r=s-127;for(;n<r;n+=2){var b=e[++t];o[n]=b>>4;o[n+1]=b&15}++t}var I=0;for(n=0;n<r;++n){var x=o[n];if(x>11)err(0);I+=x&&1<<x-1}var E=msb(I)+1;var B=1<<E;var C=B-I;if(C&C-1)err(0);o[r++]=msb(C)+1;for(n=0;n<r;++n){var x=o[n];++a[o[n]=x&&E+1-x]}var S=new qn(B<<1);var N=S.subarray(0,B),T=S.subarray(B);f[E]=0;for(n=E;n>0;--n){var Q=f[n];esm_fill(T,n,Q,f[n-1]=Q+a[n]*(1<<E-n))}if(f[0]!=B)err(0);for(n=0;n<r;++n){var M=o[n];if(M){var F=f[M];esm_fill(N,n,F,f[M]=F+(1<<E-M))}}return[t,{n:T,b:E,s:N}]};var Wn=rfse(new qn([81,16,99,140,49,198,24,99,12,33,196,24,99,102,102,134,70,146,4]),0,6)[1];var jn=rfse(new qn([33,20,196,24,99,140,33,132,16,66,8,33,132,16,66,8,33,68,68,68,68,68,68,68,68,36,9]),0,6)[1];var Zn=rfse(new qn([32,132,16,66,102,70,68,68,68,68,36,73,2]),0,5)[1];var b2bl=function(e,t){var n=e.length,r=new Hn(n);for(var i=0;i<n;++i){r[i]=t;t+=1<<e[i]}return r};var Kn=new qn(new Hn([0,0,0,0,16843009,50528770,134678020,202050057,269422093]).buffer,0,36);var Jn=b2bl(Kn,0);var Xn=new qn(new Hn([0,0,0,0,0,0,0,0,16843009,50528770,117769220,185207048,252579084,16]).buffer,0,53);var _n=b2bl(Xn,3);var dhu=function(e,t,n){var r=e.length,i=t.length,s=e[r-1],o=(1<<n.b)-1,a=-n.b;if(!s)err(0);var f=0,c=n.b,l=(r<<3)-8+msb(s)-c,u=-1;for(;l>a&&u<i;){var d=l>>3;var h=(e[d]|e[d+1]<<8|e[d+2]<<16)>>(l&7);f=(f<<c|h)&o;t[++u]=n.s[f];l-=c=n.n[f]}if(l!=a||u+1!=i)err(0)};var dhu4=function(e,t,n){var r=6;var i=t.length,s=i+3>>2,o=s<<1,a=s+o;dhu(e.subarray(r,r+=e[0]|e[1]<<8),t.subarray(0,s),n);dhu(e.subarray(r,r+=e[2]|e[3]<<8),t.subarray(s,o),n);dhu(e.subarray(r,r+=e[4]|e[5]<<8),t.subarray(o,a),n);dhu(e.subarray(r),t.subarray(a),n)};var rzb=function(e,t,n){var r;var i=t.b;var s=e[i],o=s>>1&3;t.l=s&1;var a=s>>3|e[i+1]<<5|e[i+2]<<13;var f=(i+=3)+a;if(o==1){if(i>=e.length)return;t.b=i+1;if(n){esm_fill(n,e[i],t.y,t.y+=a);return n}return esm_fill(new qn(a),e[i])}if(f>e.length)return;if(o==0){t.b=f;if(n){n.set(e.subarray(i,f),t.y);t.y+=a;return n}return slc(e,i,f)}if(o==2){var c=e[i],l=c&3,u=c>>2&3;var d=c>>4,h=0,p=0;if(l<2){if(u&1)d|=e[++i]<<4|(u&2&&e[++i]<<12);else d=c>>3}else{p=u;if(u<2)d|=(e[++i]&63)<<4,h=e[i]>>6|e[++i]<<2;else if(u==2)d|=e[++i]<<4|(e[++i]&3)<<12,h=e[i]>>2|e[++i]<<6;else d|=e[++i]<<4|(e[++i]&63)<<12,h=e[i]>>6|e[++i]<<2|e[++i]<<10}++i;var m=n?n.subarray(t.y,t.y+t.m):new qn(t.m);var v=m.length-d;if(l==0)m.set(e.subarray(i,i+=d),v);else if(l==1)esm_fill(m,e[i++],v);else{var g=t.h;if(l==2){var A=rhu(e,i);h+=i-(i=A[0]);t.h=g=A[1]}else if(!g)err(0);(p?dhu4:dhu)(e.subarray(i,i+=h),m.subarray(v),g)}var w=e[i++];if(w){if(w==255)w=(e[i++]|e[i++]<<8)+32512;else if(w>127)w=w-128<<8|e[i++];var b=e[i++];if(b&3)err(0);var I=[jn,Zn,Wn];for(var x=2;x>-1;--x){var E=b>>(x<<1)+2&3;if(E==1){var B=new qn([0,0,e[i++]]);I[x]={s:B.subarray(2,3),n:B.subarray(0,1),t:new Gn(B.buffer,0,1),b:0}}else if(E==2){r=rfse(e,i,9-(x&1)),i=r[0],I[x]=r[1]}else if(E==3){if(!t.t)err(0);I[x]=t.t[x]}}var C=t.t=I,S=C[0],N=C[1],T=C[2];var Q=e[f-1];if(!Q)err(0);var M=(f<<3)-8+msb(Q)-T.b,F=M>>3,k=0;var R=(e[F]|e[F+1]<<8)>>(M&7)&(1<<T.b)-1;F=(M-=N.b)>>3;var U=(e[F]|e[F+1]<<8)>>(M&7)&(1<<N.b)-1;F=(M-=S.b)>>3;var L=(e[F]|e[F+1]<<8)>>(M&7)&(1<<S.b)-1;for(++w;--w;){var P=T.s[R];var D=T.n[R];var q=S.s[L];var G=S.n[L];var O=N.s[U];var V=N.n[U];F=(M-=O)>>3;var H=1<<O;var z=H+((e[F]|e[F+1]<<8|e[F+2]<<16|e[F+3]<<24)>>>(M&7)&H-1);F=(M-=Xn[q])>>3;var Y=_n[q]+((e[F]|e[F+1]<<8|e[F+2]<<16)>>(M&7)&(1<<Xn[q])-1);F=(M-=Kn[P])>>3;var W=Jn[P]+((e[F]|e[F+1]<<8|e[F+2]<<16)>>(M&7)&(1<<Kn[P])-1);F=(M-=D)>>3;R=T.t[R]+((e[F]|e[F+1]<<8)>>(M&7)&(1<<D)-1);F=(M-=G)>>3;L=S.t[L]+((e[F]|e[F+1]<<8)>>(M&7)&(1<<G)-1);F=(M-=V)>>3;U=N.t[U]+((e[F]|e[F+1]<<8)>>(M&7)&(1<<V)-1);if(z>3){t.o[2]=t.o[1];t.o[1]=t.o[0];t.o[0]=z-=3}else{var j=z-(W!=0);if(j){z=j==3?t.o[0]-1:t.o[j];if(j>1)t.o[2]=t.o[1];t.o[1]=t.o[0];t.o[0]=z}else z=t.o[0]}for(var x=0;x<W;++x){m[k+x]=m[v+x]}k+=W,v+=W;var Z=k-z;if(Z<0){var K=-Z;var J=t.e+Z;if(K>Y)K=Y;for(var x=0;x<K;++x){m[k+x]=t.w[J+x]}k+=K,Y-=K,Z=0}for(var x=0;x<Y;++x){m[k+x]=m[Z+x]}k+=Y}if(k!=v){while(v<m.length){m[k++]=m[v++]}}else k=m.length;if(n)t.y+=k;else m=slc(m,0,k)}else if(n){t.y+=d;if(v){for(var x=0;x<d;++x){m[x]=m[v+x]}}}else if(v)m=slc(m,v);t.b=f;return m}err(2)};var cct=function(e,t){if(e.length==1)return e[0];var n=new qn(t);for(var r=0,i=0;r<e.length;++r){var s=e[r];n.set(s,i);i+=s.length}return n};function decompress(e,t){var n=[],r=+!t;var i=0,s=0;for(;e.length;){var o=rzfh(e,r||t);if(typeof o=="object"){if(r){t=null;if(o.w.length==o.u){n.push(t=o.w);s+=o.u}}else{n.push(t);o.e=0}for(;!o.l;){var a=rzb(e,o,t);if(!a)err(5);if(t)o.e=o.y;else{n.push(a);s+=a.length;cpw(o.w,0,a.length);o.w.set(a,o.w.length-a.length)}}i=o.b+o.c*4}else i=o;e=e.subarray(i)}return cct(n,s)}var $n=null&&function(){function Decompress(e){this.ondata=e;this.c=[];this.l=0;this.z=0}Decompress.prototype.push=function(e,t){if(typeof this.s=="number"){var n=Math.min(e.length,this.s);e=e.subarray(n);this.s-=n}var r=e.length;var i=r+this.l;if(!this.s){if(t){if(!i){this.ondata(new qn(0),true);return}if(i<5)err(5)}else if(i<18){this.c.push(e);this.l=i;return}if(this.l){this.c.push(e);e=cct(this.c,i);this.c=[];this.l=0}if(typeof(this.s=rzfh(e))=="number")return this.push(e,t)}if(typeof this.s!="number"){if(i<(this.z||3)){if(t)err(5);this.c.push(e);this.l=i;return}if(this.l){this.c.push(e);e=cct(this.c,i);this.c=[];this.l=0}if(!this.z&&i<(this.z=e[this.s.b]&2?4:3+(e[this.s.b]>>3|e[this.s.b+1]<<5|e[this.s.b+2]<<13))){if(t)err(5);this.c.push(e);this.l=i;return}else this.z=0;for(;;){var s=rzb(e,this.s);if(!s){if(t)err(5);var o=e.subarray(this.s.b);this.s.b=0;this.c.push(o),this.l+=o.length;return}else{this.ondata(s,false);cpw(this.s.w,0,s.length);this.s.w.set(s,this.s.w.length-s.length)}if(this.s.l){var a=e.subarray(this.s.b);this.s=this.s.c*4;this.push(a,t);return}}}else if(t)err(5)};return Decompress}();function uncompress_snappyUncompress(e,t){return snappyUncompressor()(e,t)}function snappyUncompressor(){const e=instantiateWasm();return(t,n)=>{const{memory:r,uncompress:i}=e.exports;const s=68e3;const o=s+t.byteLength;const a=s+t.byteLength+n;if(r.buffer.byteLength<a){const e=64*1024;const t=r.buffer.byteLength/e;const n=Math.ceil(a/e);const i=n-t;r.grow(i)}const f=new Uint8Array(r.buffer);f.set(t,s);const c=i(s,t.byteLength,o);if(c===-1)throw new Error("invalid snappy length header");if(c===-2)throw new Error("missing eof marker");if(c===-3)throw new Error("premature end of input");if(c)throw new Error(`failed to uncompress data ${c}`);return f.slice(o,o+n)}}function instantiateWasm(){const e=atob(er);const t=new Uint8Array(e.length);for(let n=0;n<e.length;n+=1){t[n]=e.charCodeAt(n)}const n=new WebAssembly.Module(t);return new WebAssembly.Instance(n)}const er="AGFzbQEAAAABEANgAABgA39/fwF/YAF/AX8DBgUAAQEBAgUDAQACBj8KfwFBoIwEC38AQYAIC38AQaAMC38AQaAMC38AQaCMBAt/AEGACAt/AEGgjAQLfwBBgIAIC38AQQALfwBBAQsHwQEOBm1lbW9yeQIAEV9fd2FzbV9jYWxsX2N0b3JzAAAGbWVtY3B5AAEHbWVtbW92ZQACCnVuY29tcHJlc3MAAwxfX2Rzb19oYW5kbGUDAQpfX2RhdGFfZW5kAwILX19zdGFja19sb3cDAwxfX3N0YWNrX2hpZ2gDBA1fX2dsb2JhbF9iYXNlAwULX19oZWFwX2Jhc2UDBgpfX2hlYXBfZW5kAwcNX19tZW1vcnlfYmFzZQMIDF9fdGFibGVfYmFzZQMJCuASBQIAC8sBAQN/AkAgAkUNAAJAAkAgAkEHcSIDDQAgACEEIAIhBQwBCyAAIQQgAiEFA0AgBCABLQAAOgAAIARBAWohBCABQQFqIQEgBUF/aiEFIANBf2oiAw0ACwsgAkEISQ0AA0AgBCABLQAAOgAAIAQgAS0AAToAASAEIAEtAAI6AAIgBCABLQADOgADIAQgAS0ABDoABCAEIAEtAAU6AAUgBCABLQAGOgAGIAQgAS0ABzoAByAEQQhqIQQgAUEIaiEBIAVBeGoiBQ0ACwsgAAugAwEEfwJAIAAgAUYNAAJAAkAgACABSQ0AIAEgAmoiAyAASw0BCyACRQ0BAkACQCACQQdxIgMNACAAIQQgAiEFDAELIAAhBCACIQUDQCAEIAEtAAA6AAAgBEEBaiEEIAFBAWohASAFQX9qIQUgA0F/aiIDDQALCyACQQhJDQEDQCAEIAEtAAA6AAAgBCABLQABOgABIAQgAS0AAjoAAiAEIAEtAAM6AAMgBCABLQAEOgAEIAQgAS0ABToABSAEIAEtAAY6AAYgBCABLQAHOgAHIARBCGohBCABQQhqIQEgBUF4aiIFDQAMAgsLIAJFDQACQAJAIAJBA3EiBA0AIAAgAmohBiACIQUMAQsgAiEFA0AgBUF/aiIFIABqIgYgBSABaiIDLQAAOgAAIARBf2oiBA0ACwsgAkEESQ0AIAZBfGohASADQXxqIQQDQCABQQNqIARBA2otAAA6AAAgAUECaiAEQQJqLQAAOgAAIAFBAWogBEEBai0AADoAACABIAQtAAA6AAAgAUF8aiEBIARBfGohBCAFQXxqIgUNAAsLIAALswoBCX8jgICAgABBIGsiAySAgICAACADQQlqQgA3AAAgA0IANwIEIAMgA0EYajYCAEF/IQQCQCABRQ0AIAMgAUF/aiIFNgIcIAMgAEEBajYCGCAALAAAIgZB/wBxIQcCQCAGQX9KDQAgBUUNASADIAFBfmoiBTYCHCADIABBAmo2AhggACwAASIGQf8AcUEHdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfWoiBTYCHCADIABBA2o2AhggACwAAiIGQf8AcUEOdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfGoiBTYCHCADIABBBGo2AhggACwAAyIGQf8AcUEVdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBe2o2AhwgAyAAQQVqNgIYIAAsAAQiAUEASA0BIAFBHHQgB3IhBwsgAiAHaiEIAkACQCADEISAgIAADQAgAiEADAELIAMoAgQhASACIQADQAJAIAMoAgggAWtBBEoNACADIAE2AgQgAxCEgICAAEUNAiADKAIEIQELIAFBAWohBQJAAkAgAS0AACIGQQNxDQAgCCAAayEJIAMoAggiCiAFayEEIAZBAnYiC0EBaiEHAkAgBkE/Sw0AIARBEEkNACAJQRBIDQAgACABKAIBNgIAIAAgASgCBTYCBCAAIAEoAgk2AgggACABKAINNgIMIAAgB2ohACADKAIIIAUgB2oiAWtBBEoNAyADIAE2AgQgAxCEgICAAEUNBAwCCwJAAkAgBkHwAU8NACAFIQYMAQsgCiAFIAtBRWoiAWoiBmshBCABQQJ0QYCIgIAAaigCACAFKAIAcUEBaiEHCwJAIAcgBE0NAANAIAggAGsgBEkNBSAAIAYgBBCBgICAACEAIAMoAgAiASABKAIAIgkgAygCDCIFaiIGNgIAIAFBBGoiASABKAIAIgogBWsiATYCACADIAE2AgwgACAEaiEAIAFFDQUgAyAJIApqNgIIIAcgBGshByABIQQgByABSw0ACyAIIABrIQkLIAkgB0kNAyAAIAYgBxCBgICAACAHaiEAIAMoAgggBiAHaiIBa0EESg0CIAMgATYCBCADEISAgIAADQEMAwsgACACayAGQQF0QaCIgIAAai8BACIBQQt2IgpBAnRBgIiAgABqKAIAIAUoAgBxIAFBgA5xaiIHQX9qTQ0CIAggAGshBAJAAkAgAUH/AXEiCUEQSw0AIAdBCEkNACAEQRBJDQAgACAAIAdrIgEoAgA2AgAgACABKAIENgIEIAAgASgCCDYCCCAAIAFBDGooAgA2AgwMAQsCQAJAAkAgBCAJQQpqSQ0AIAAgB2shBCAAIQEgCSEGIAdBB0wNAQwCCyAEIAlJDQUgCUEBaiEEQQAgB2shByAAIQEDQCABIAEgB2otAAA6AAAgAUEBaiEBIARBf2oiBEEBSw0ADAMLCwNAIAEgBCgCADYCACABIAQoAgQ2AgQgBiAHayEGIAEgB2oiASAEayIHQQhIDQALCyAGQQFIDQAgBkEIaiEHA0AgASAEKAIANgIAIAEgBCgCBDYCBCABQQhqIQEgBEEIaiEEIAdBeGoiB0EISw0ACwsgACAJaiEAIAMoAgggBSAKaiIBa0EESg0BIAMgATYCBCADEISAgIAARQ0CCyADKAIEIQEMAAsLIAMoAgAiASABKAIEIAMoAgwiBGs2AgQgASAEIAEoAgBqNgIAAkAgAy0AEA0AQX4hBAwBC0EAQX0gCCAARhshBAsgA0EgaiSAgICAACAEC7YDAQd/AkAgACgCBCIBIAAoAggiAkcNACAAKAIAIgIgAigCACIDIAAoAgwiBGoiATYCACACQQRqIgIgAigCACICIARrIgU2AgAgACAFNgIMAkAgAiAERw0AIABBAToAEEEADwsgACADIAJqIgI2AggLAkACQAJAIAIgAWsiAiABLQAAQQF0QaCIgIAAai8BAEELdkEBaiIFTw0AIABBEWogASACEIKAgIAAIQYgACgCDCEEQQAhByAAQQA2AgwgACgCACIBIAEoAgQgBGs2AgQgASAEIAEoAgBqIgM2AgADQCABQQRqKAIAIgFFDQMgBiACaiADIAUgAmsiBCABIAQgAUkbIgQQgYCAgAAaIAAoAgAiASABKAIEIARrNgIEIAEgASgCACAEaiIDNgIAIAQgAmoiAiAFSQ0ACyAAIAY2AgQgACAGIAVqNgIIDAELAkAgAkEESw0AIAAgAEERaiABIAIQgoCAgAAiASACajYCCCAAIAE2AgQgACgCDCECIABBADYCDCAAKAIAIgEgASgCBCACazYCBCABIAIgASgCAGo2AgAMAQsgACABNgIEC0EBIQcLIAcLC6gEAQBBgAgLoAQAAAAA/wAAAP//AAD///8A/////wAAAAAAAAAAAAAAAAEABAgBEAEgAgAFCAIQAiADAAYIAxADIAQABwgEEAQgBQAICAUQBSAGAAkIBhAGIAcACggHEAcgCAALCAgQCCAJAAQJCRAJIAoABQkKEAogCwAGCQsQCyAMAAcJDBAMIA0ACAkNEA0gDgAJCQ4QDiAPAAoJDxAPIBAACwkQEBAgEQAEChEQESASAAUKEhASIBMABgoTEBMgFAAHChQQFCAVAAgKFRAVIBYACQoWEBYgFwAKChcQFyAYAAsKGBAYIBkABAsZEBkgGgAFCxoQGiAbAAYLGxAbIBwABwscEBwgHQAICx0QHSAeAAkLHhAeIB8ACgsfEB8gIAALCyAQICAhAAQMIRAhICIABQwiECIgIwAGDCMQIyAkAAcMJBAkICUACAwlECUgJgAJDCYQJiAnAAoMJxAnICgACwwoECggKQAEDSkQKSAqAAUNKhAqICsABg0rECsgLAAHDSwQLCAtAAgNLRAtIC4ACQ0uEC4gLwAKDS8QLyAwAAsNMBAwIDEABA4xEDEgMgAFDjIQMiAzAAYOMxAzIDQABw40EDQgNQAIDjUQNSA2AAkONhA2IDcACg43EDcgOAALDjgQOCA5AAQPORA5IDoABQ86EDogOwAGDzsQOyA8AAcPPBA8IAEICA89ED0gARAJDz4QPiABGAoPPxA/IAEgCw9AEEAgAGQEbmFtZQE9BQARX193YXNtX2NhbGxfY3RvcnMBBm1lbWNweQIHbWVtbW92ZQMKdW5jb21wcmVzcwQKcmVmaWxsX3RhZwcSAQAPX19zdGFja19wb2ludGVyCQoBAAcucm9kYXRhADIJcHJvZHVjZXJzAQxwcm9jZXNzZWQtYnkBDFVidW50dSBjbGFuZwsxNi4wLjYgKDE1KQAsD3RhcmdldF9mZWF0dXJlcwIrD211dGFibGUtZ2xvYmFscysIc2lnbi1leHQ=";function decompressLz4(e,t){const n=new Uint8Array(t);try{let t=0;let r=0;while(t<e.length-8){const i=e[t++]<<24|e[t++]<<16|e[t++]<<8|e[t++];const s=e[t++]<<24|e[t++]<<16|e[t++]<<8|e[t++];if(e.length-t<s)throw new Error("lz4 not hadoop");if(n.length<i)throw new Error("lz4 not hadoop");const o=lz4basic(e.subarray(t,t+s),n,r);if(o!==i)throw new Error("lz4 not hadoop");t+=s;r+=i;if(t===e.length)return n}if(t<e.length)throw new Error("lz4 not hadoop")}catch(t){if(t instanceof Error&&t.message!=="lz4 not hadoop")throw t;lz4basic(e,n,0)}return n}function decompressLz4Raw(e,t){const n=new Uint8Array(t);lz4basic(e,n,0);return n}function lz4basic(e,t,n){let r=n;for(let i=0;i<e.length;){const s=e[i++];let o=s>>4;if(o){let s=o+240;while(s===255)o+=s=e[i++];t.set(e.subarray(i,i+o),r);r+=o;i+=o;if(i>=e.length)return r-n}const a=e[i++]|e[i++]<<8;if(!a||a>r){throw new Error(`lz4 offset out of range ${a}`)}let f=s&15;let c=f+240;while(c===255)f+=c=e[i++];f+=4;let l=r-a;const u=r+f;while(r<u)t[r++]=t[l++]}return r-n}const tr={SNAPPY:snappyUncompressor(),GZIP:(e,t)=>gzip_gunzip(e,new Uint8Array(t)),BROTLI:decompressBrotli,ZSTD:e=>decompress(e),LZ4:decompressLz4,LZ4_RAW:decompressLz4Raw};function decompressGzip(e,t){return gunzip(e,new Uint8Array(t))}async function readParquet(e,t,n){let r;try{r=t?toAsyncBuffer((0,J.gunzipSync)(await(0,Y.readFile)(e))):await asyncBufferFromFile(e)}catch(t){throw new i.yo(`${e} could not be read: ${t.message}`,{location:{file:e}})}let s;try{s=await metadata_parquetMetadataAsync(r)}catch(t){throw new i.yo(`${e} is not a readable Parquet file: ${t.message}`,{location:{file:e}})}const o=metadata_parquetSchema(s).children.map(e=>e.element.name);const a=Number(s.num_rows);if(a===0)throw new i.yo(`${e} has no data rows.`,{location:{file:e}});const f=new Int32Array(a);for(let e=0;e<a;e++)f[e]=n.nextSlot();const c=new Map;for(const e of o){const t=n.column(e);if(t)c.set(e,t)}const l={file:e,line:0,column:0};try{let e=0;for(const t of s.row_groups){const n=e+Number(t.num_rows);const i=e;for(const[e,t]of c){await parquetRead({file:r,metadata:s,columns:[e],compressors:tr,rowStart:i,rowEnd:n,onChunk:({columnData:e,rowStart:r,rowEnd:s})=>{const o=Math.max(r,i);const a=Math.min(s,n);for(let n=o;n<a;n++){const i=f[n];if(i>=0)parquet_reader_setValue(t,i,e[n-r],l)}}})}e=n}}catch(t){if(t instanceof i.yo)throw t;throw new i.yo(`${e} is not a readable Parquet file: ${t.message}`,{location:{file:e}})}return{header:o,rows:a}}function parquet_reader_setValue(e,t,n,r){if(n===null||n===undefined)e.setMissing(t);else if(typeof n==="number")e.setNumber(t,n,r);else if(typeof n==="bigint")e.setNumber(t,Number(n),r);else if(typeof n==="string")e.setText(t,n,r);else if(typeof n==="boolean")e.setText(t,String(n),r);else if(n instanceof Date)e.setNumber(t,n.getTime(),r);else e.setText(t,JSON.stringify(n,(e,t)=>typeof t==="bigint"?Number(t):t),r)}function toAsyncBuffer(e){const t=new Uint8Array(e).buffer;return{byteLength:t.byteLength,slice:(e,n)=>t.slice(e,n)}}function seededRandom(e){let t=e>>>0;return()=>{t=t+1831565813>>>0;let e=t;e=Math.imul(e^e>>>15,e|1);e^=e+Math.imul(e^e>>>7,e|61);return((e^e>>>14)>>>0)/4294967296}}class TableBuilder{options;builders=new Map;wanted;numeric;categorical;random;rowsSeen=0;constructor(e){this.options=e;this.wanted=e.columns?new Set(e.columns):undefined;this.numeric=new Set(e.numericColumns??[]);this.categorical=new Set(e.categoricalColumns??[]);this.random=seededRandom(e.seed)}column(e){let t=this.builders.get(e);if(t)return t;if(this.wanted&&!this.wanted.has(e))return undefined;const n=this.categorical.has(e)?"categorical":this.numeric.has(e)?"numeric":"infer";t=new ColumnBuilder(e,n,undefined,this.options.counting);this.builders.set(e,t);return t}expectRows(e){const t=Math.min(this.options.maxRows,Math.ceil(this.rowsSeen+e));for(const e of this.builders.values())e.ensureCapacity(t)}nextSlot(){const e=this.rowsSeen++;const t=this.options.maxRows;if(e<t)return e;const n=Math.floor(this.random()*(e+1));return n<t?n:-1}sequentialRoom(){return this.options.maxRows-this.rowsSeen}takeRows(e){this.rowsSeen+=e}get rowCount(){return Math.min(this.rowsSeen,this.options.maxRows)}get sampled(){return this.rowsSeen>this.options.maxRows?{from:this.rowsSeen,seed:this.options.seed}:undefined}names(){return[...this.builders.keys()]}finish(e,t){const n=this.rowCount;const r=this.sampled!==undefined;return[...this.builders.values()].map(i=>i.finish(n,e,t,r))}}const nr=5e6;const rr=42;const ir=1<<20;const sr={".csv":"csv",".tsv":"tsv",".tab":"tsv",".jsonl":"jsonl",".ndjson":"jsonl",".json":"jsonl",".parquet":"parquet",".pq":"parquet"};function formatFromPath(e){let t=e.toLowerCase();const n=t.endsWith(".gz");if(n)t=t.slice(0,-3);return{format:sr[K().extname(t)],gzip:n}}async function readTable(e,t={}){return await read(e,t,false)}function readDistributions(e,t={}){return read(e,t,true)}async function read(e,t,n){const r=await expandPaths(e);const s=t.maxRows??nr;const o=t.seed??rr;const a=new TableBuilder({...t,maxRows:s,seed:o,counting:n});const f=[];let c;for(const e of r){const n=K().relative(process.cwd(),e);const r=n===""||n.startsWith("..")||K().isAbsolute(n)?e:n;const s=formatFromPath(e);const o={...s,gzip:s.gzip||await startsWithGzipMagic(e)};const l=t.format??o.format;if(!l){throw new i.yo(`Cannot tell the format of ${r} from its extension.`,{location:{file:r},hint:"Use .csv, .tsv, .jsonl or .parquet (optionally .gz), or set the 'format' input."})}const u=await(0,Y.stat)(e);if(u.size===0)throw new i.yo(`${r} is empty (0 bytes).`,{location:{file:r}});const d=(0,W.createHash)("sha256");let h;let p;if(l==="parquet"){await hashFileInto(e,d);const t=await readParquet(e,o.gzip,a);h=t.header;p=t.rows}else if(l==="jsonl"){p=(await readJsonLines(openChunks(e,o.gzip,d,r),r,a)).rows}else{const t=o.gzip?iterableSource(openChunks(e,true,d,r)):new FileSource(e,d,ir);const n=await readDelimited(t,r,l==="tsv"?9:44,a,o.gzip?undefined:u.size);h=n.header;p=n.rows}if(h){if(c)checkSameColumns(c,{file:r,names:h});else c={file:r,names:h}}f.push({path:r,format:l,sha256:d.digest("hex"),bytes:u.size,gzip:o.gzip,rows:p});t.logger?.debug(`Read ${p} rows from ${r} (${l}${o.gzip?", gzip":""}, ${u.size} bytes).`)}const l=[];const u=a.finish(t.strayTolerance??.05,l);const d=a.sampled;if(d){l.push(`${d.from} rows were read; a uniform random sample of ${a.rowCount} rows (seed ${o}) was kept because of max-rows.`)}for(const e of l)t.logger?.warning(e);return makeTable(f,a.rowCount,u,l,d)}function makeTable(e,t,n,r,i){const s=new Map(n.map(e=>[e.name,e]));return{sources:e,rowCount:t,columns:n,notes:r,...i?{sampled:i}:{},column:e=>s.get(e)}}async function*openChunks(e,t,n,r){const s=(0,j.createReadStream)(e,{highWaterMark:ir});if(!t){for await(const e of s){n.update(e);yield e}return}s.on("data",e=>n.update(e));const o=(0,J.createGunzip)({chunkSize:ir});s.pipe(o);s.on("error",e=>o.destroy(e));try{for await(const e of o)yield e}catch(e){if(e instanceof i.yo)throw e;throw new i.yo(`${r} is not a valid gzip file: ${e.message}`,{location:{file:r}})}}function checkSameColumns(e,t){const n=new Set(e.names);const r=new Set(t.names);const s=e.names.filter(e=>!r.has(e));const o=t.names.filter(e=>!n.has(e));if(s.length>0||o.length>0){throw new i.yo(`${t.file} does not have the same columns as ${e.file}${s.length?`; missing: ${s.join(", ")}`:""}${o.length?`; extra: ${o.join(", ")}`:""}.`,{location:{file:t.file,line:1}})}}async function startsWithGzipMagic(e){const t=await(0,Y.open)(e,"r");try{const e=Buffer.alloc(2);const{bytesRead:n}=await t.read(e,0,2,0);return n===2&&e[0]===31&&e[1]===139}finally{await t.close()}}function toSample(e){if("counts"in e)return gridSample(e.counts,gridMoments(e.counts));if(e.kind==="numeric"){const t=e.grid&&{...e.grid,finite:e.values.length-e.missing};const n=finiteSample(e.values,t);return n.grid?gridSample(n.grid,n.moments):{kind:"numeric",values:n.sorted,moments:n.moments}}let t=0;const n=new Map;e.levels.forEach((r,i)=>{const s=e.levelCounts[i];t+=s;if(s>0)n.set(r,s)});return{kind:"categorical",counts:n,n:t}}function summarize(e,t,n){const r=n-sampleSize(t);const i=n===0?0:r/n;if(t.kind==="numeric"){const e=numericSize(t);const{distinct:s,mean:o,m2:a}=t.moments??sortedMoments(t.values);const[f,c]=e?numericRange(t):[null,null];const l=e?numericQuantiles(t,[.25,.5,.75]):undefined;return{kind:"numeric",rows:n,missing:r,missingShare:i,distinct:s,mean:e?o:null,std:e>1?Math.sqrt(a/(e-1)):null,min:f,p25:l?.[0]??null,median:l?.[1]??null,p75:l?.[2]??null,max:c}}const s=[...t.counts.entries()].sort((e,t)=>t[1]-e[1]||(e[0]<t[0]?-1:1)).slice(0,10).map(([e,t])=>({value:e,count:t}));void e;return{kind:"categorical",rows:n,missing:r,missingShare:i,distinct:t.counts.size,top:s}}var or=r(6104);async function loadSide(e,t){const n=await readDistributions(e,t);const r=new Map(n.columns.map(e=>[e.name,profileColumn(e,n.rowCount)]));return{table:n,profile:e=>Promise.resolve(known(r.get(e),e))}}function profileColumn(e,t){const n=toSample(e);return{sample:n,summary:summarize(e,n,t)}}function known(e,t){if(e===undefined)throw new Error(`no column '${t}' was read`);return e}async function startLoadInBackground(e,t,n){const r=(0,or.cq)()&&(process.env.ML_ACTIONS_DRIFT_WORKER==="1"||await inputBytes(e).then(e=>e>=ar,()=>false));const i=r?(0,or.Ej)():undefined;if(!i){(0,or._v)();return{side:loadSide(e,{...t,logger:n})}}return{side:loadInWorker(i,e,t,n)}}const ar=16<<20;async function inputBytes(e){const t=await expandPaths(e);const n=await Promise.all(t.map(async e=>(await(0,Y.stat)(e)).size));return n.reduce((e,t)=>e+t,0)}function loadInWorker(e,t,n,r){const s={paths:t,options:n};const o=new Map;let a=Number.POSITIVE_INFINITY;return new Promise((t,n)=>{const fail=t=>{n(t);for(const e of o.values())e.reject(t);void e.terminate()};e.postMessage(s);e.on("message",n=>{if(n.kind==="failed"){fail(n.user?new i.yo(n.message,{location:n.location??{},...n.hint?{hint:n.hint}:{}}):new Error(n.message))}else if(n.kind==="table"){for(const[e,t]of n.logs)if(e!=="group")r[e](t);const e=n.table.columns;for(const t of e)o.set(t.name,deferred());a=e.length;const i=new Map(e.map(e=>[e.name,e]));t({table:{...n.table,column:e=>i.get(e)},profile:e=>known(o.get(e),e).promise})}else{const{sample:t,summary:r}=n.profile;known(o.get(n.name),n.name).resolve({sample:restoredSample(t),summary:r});if(--a===0)void e.terminate()}});e.once("error",fail);e.once("exit",e=>{if(e!==0&&a>0)fail(new Error(`the reading worker stopped with code ${e}`))})})}function deferred(){let e;let t;const n=new Promise((n,r)=>{e=n;t=r});n.catch(()=>undefined);return{promise:n,resolve:e,reject:t}}function adjustPValues(e,t){if(t==="none")return[...e];const n=e.map((e,t)=>({p:e,i:t})).filter(({p:e})=>!Number.isNaN(e));const r=n.length;const i=[...e];if(t==="bonferroni"){for(const{p:e,i:t}of n)i[t]=Math.min(1,e*r);return i}n.sort((e,t)=>e.p-t.p);let s=1;for(let e=r;e>=1;e--){const{p:t,i:o}=n[e-1];s=Math.min(s,t*r/e);i[o]=Math.min(1,s)}return i}function defaultStatTest(e,t){const n=distinctUnionUpTo(e,t,6);const r=e.kind==="numeric";if(sampleSize(e)<=1e3){if(r&&n>5)return"ks";return n>2?"chisquare":"z"}if(r)return n<=5?"jensenshannon":"wasserstein";return"jensenshannon"}const fr=40;const cr=20;function chartDistribution(e,t){if(e.kind==="numeric"&&t.kind==="numeric"){const n=numericSize(e);const r=numericSize(t);if(n===0||r===0)return undefined;const[i,s]=numericRange(e);const[o,a]=numericRange(t);const f=Math.min(i,o);const c=Math.max(s,a);let l=sturgesEdges(f,c,n+r);if(l.length-1>fr)l=sturgesEdges(f,c,2**(fr-1));return{kind:"bins",edges:[...l],reference:[...numericHistogram(e,l)].map(e=>e/n),current:[...numericHistogram(t,l)].map(e=>e/r)}}if(e.kind==="categorical"&&t.kind==="categorical"){const n=new Map;for(const[t,r]of e.counts)n.set(t,(n.get(t)??0)+r/e.n);for(const[e,r]of t.counts)n.set(e,(n.get(e)??0)+r/t.n);const r=[...n.entries()].sort((e,t)=>t[1]-e[1]).map(([e])=>e);const i=r.slice(0,cr);const share=(e,t)=>i.map(n=>(e.get(n)??0)/t);const s=share(e.counts,e.n);const o=share(t.counts,t.n);if(r.length>cr){i.push(`other (${r.length-cr})`);s.push(1-s.reduce((e,t)=>e+t,0));o.push(1-o.reduce((e,t)=>e+t,0))}return{kind:"categories",labels:i,reference:s,current:o}}return undefined}const lr="ml-actions/check-data-drift/v1";function report_model_toJson(e,t=2){return JSON.stringify(e,(e,t)=>typeof t==="number"&&!Number.isFinite(t)?null:t,t)}function columnSetChecks(e,t,n,r){const i=[];for(const t of e){if(!n.column(t)){i.push({check:"missing-column",column:t,severity:"error",verdict:"fail",message:`Column '${t}' is in the reference but missing in the current data.`})}}for(const e of n.columns){if(!t.column(e.name)&&!r.has(e.name)){i.push({check:"new-column",column:e.name,severity:"warning",verdict:"warn",message:`Column '${e.name}' is new in the current data (not in the reference); it is not compared.`})}}return i}function typeCheck(e,t){if(e.kind===t.kind)return undefined;return{check:"type-changed",column:e.name,severity:"error",verdict:"fail",message:`Column '${e.name}' is ${e.kind} in the reference but ${t.kind} in the current data.`,details:{reference:e.kind,current:t.kind}}}function columnQualityChecks(e,t,n,r){const i=[];const s=missingShare(t.sample,t.rows);const o=missingShare(n.sample,n.rows);if(o-s>r){i.push({check:"missing-values",column:e,severity:"warning",verdict:"warn",message:`Missing values in '${e}' rose from ${percent(s)} to ${percent(o)} (tolerance ${percent(r)}).`,details:{reference:s,current:o,tolerance:r}})}const a=t.sample;const f=n.sample;if(a.kind==="categorical"&&f.kind==="categorical"){const t=[...f.counts].filter(([e])=>!a.counts.has(e));const n=[...a.counts].filter(([e])=>!f.counts.has(e));if(t.length>0){i.push({check:"new-categories",column:e,severity:"info",verdict:"note",message:`${t.length} new categor${t.length===1?"y":"ies"} in '${e}': ${list(t)}.`,details:{categories:Object.fromEntries(t)}})}if(n.length>0){i.push({check:"gone-categories",column:e,severity:"info",verdict:"note",message:`${n.length} categor${n.length===1?"y":"ies"} of the reference gone from '${e}': ${list(n)} (reference counts).`,details:{categories:Object.fromEntries(n)}})}}for(const[r,s]of[["reference",t.sample],["current",n.sample]]){const t=s.kind==="numeric"?sampleSize(s)>0&&distinctCount(s)===1:s.counts.size===1;if(t){i.push({check:"constant-column",column:e,severity:"info",verdict:"note",message:`Column '${e}' is constant in the ${r} data; it is still tested.`})}}return i}function missingShare(e,t){const n=sampleSize(e);return t===0?0:(t-n)/t}function percent(e){return`${(e*100).toFixed(1)}%`}function list(e){const t=e.slice(0,10).map(([e,t])=>`'${e}' (${t})`).join(", ");return e.length>10?`${t}, and ${e.length-10} more`:t}async function checkDataDrift(e,t){const n={...e.format?{format:e.format}:{},numericColumns:e.numericalColumns,categoricalColumns:e.categoricalColumns,maxRows:e.maxRows,seed:e.seed};const r=(await startLoadInBackground(e.current,n,t)).side;r.catch(()=>undefined);const s=await t.group("Read reference data",()=>loadSide(e.reference,{...n,logger:t}));const o=await t.group("Read current data",()=>r);const a=s.table;const f=o.table;const c=new Set(e.ignoreColumns);const l=selectColumns(e,a);const u=[...readerChecks(a,"reference"),...readerChecks(f,"current")];u.push(...columnSetChecks(l,a,f,c));const d=l.filter(e=>f.column(e));if(d.length===0){throw new i.yo(`The reference and current data have no columns in common to compare (reference: ${names(a)}; current: ${names(f)}).`,{hint:"Check that both files have a header row with the same column names, and the columns/ignore-columns inputs."})}const h=[];const p=[];for(const t of d){const n=a.column(t);const r=f.column(t);const i=typeCheck(n,r);if(i){u.push(i);p.push({name:t,reason:i.message});continue}const[c,l]=await Promise.all([s.profile(t),o.profile(t)]);const d=testColumn(t,n,r,c.sample,l.sample,{reference:c.summary,current:l.summary},a.rowCount,f.rowCount,e,u);if(typeof d==="string")p.push({name:t,reason:d});else h.push(d)}const m=applyCorrection(h,e);const v=m.filter(e=>e.drifted).map(e=>e.name);const g=m.length;const A=g===0?0:v.length/g;return{schema:lr,generatedAt:(new Date).toISOString(),inputs:{reference:inputReport(a),current:inputReport(f)},options:{stattest:e.stattest,driftShare:e.driftShare,correction:e.correction,missingTolerance:e.missingTolerance,maxRows:e.maxRows,seed:e.seed},drift:{detected:g>0&&A>=e.driftShare,share:A,drifted:v,total:g,threshold:e.driftShare},columns:[...m].sort((e,t)=>Number(t.drifted)-Number(e.drifted)||e.name.localeCompare(t.name)),checks:u,skipped:p,failedChecks:u.some(e=>e.severity==="error")||g===0}}function selectColumns(e,t){const n=new Set(e.ignoreColumns);if(e.columns.length===0)return t.columns.map(e=>e.name).filter(e=>!n.has(e));const r=e.columns.filter(e=>!t.column(e));if(r.length>0){throw new i.yo(`Input 'columns' names column(s) not in the reference data: ${r.join(", ")}.`,{hint:`The reference has: ${names(t)}.`})}return e.columns.filter(e=>!n.has(e))}function names(e){const t=e.columns.map(e=>e.name);return t.length>20?`${t.slice(0,20).join(", ")}, …`:t.join(", ")||"(none)"}function testColumn(e,t,n,r,s,o,a,f,c,l){l.push(...columnQualityChecks(e,{sample:r,rows:a},{sample:s,rows:f},c.missingTolerance));const u=sampleSize(r);const d=sampleSize(s);if(u===0||d===0){const t=u===0?"reference":"current";const n=`Column '${e}' has no values in the ${t} data (all missing); it is not tested.`;l.push({check:"empty-column",column:e,severity:"warning",verdict:"warn",message:n});return n}const h=c.stattestPerColumn[e]??(c.stattest==="auto"?undefined:c.stattest);const p=h??defaultStatTest(r,s);const m=statTestInfo(p);if(m.numericOnly&&r.kind!=="numeric"){throw new i.yo(`The '${p}' test needs numeric values, but column '${e}' is categorical.`,{hint:`Choose a test for categories (chisquare, z, jensenshannon, psi, kl_div, hellinger, g_test, fisher_exact) with stattest-per-column, or list '${e}' in numerical-columns.`})}const v=c.thresholdPerColumn[e]??c.threshold??m.defaultThreshold;if(m.scoreKind==="p-value"&&v>=1){throw new i.yo(`Threshold ${v} for column '${e}' is out of range: the '${p}' test gives a p-value, so its threshold must be between 0 and 1.`)}const g=runStatTest(p,r,s);const A=Number.isNaN(g.score)?null:g.score;return{name:e,kind:t.kind,test:p,testTitle:m.title,scoreKind:m.scoreKind,score:A,threshold:v,comparison:m.comparison,drifted:A!==null&&isDrift(A,v,m.comparison),...g.statistic!==undefined?{statistic:g.statistic}:{},...g.pValue!==undefined?{pValue:g.pValue}:{},...g.note?{note:g.note}:A===null?{note:"the test is undefined here (NaN), counted as no drift"}:{},reference:o.reference,current:o.current,...withDistribution(chartDistribution(r,s))}}function withDistribution(e){return e?{distribution:e}:{}}function applyCorrection(e,t){if(t.correction==="none")return e;const n=e.map((e,t)=>e.scoreKind==="p-value"&&e.score!==null?t:-1).filter(e=>e>=0);const r=adjustPValues(n.map(t=>e[t].score),t.correction);const i=[...e];n.forEach((s,o)=>{const a=e[s];const f=r[o];const c=statTestInfo(a.test);i[s]={...a,score:f,drifted:isDrift(f,a.threshold,c.comparison),note:[a.note,`${t.correction} adjusted over ${n.length} p-value tests`].filter(Boolean).join("; ")}});return i}function inputReport(e){return{files:e.sources,rows:e.rowCount,columns:e.columns.length,...e.sampled?{sampled:e.sampled}:{}}}function readerChecks(e,t){const n=e.notes.map(e=>({check:"read-note",severity:"warning",verdict:"warn",message:`${t}: ${e}`}));return n}function markdownCell(e){return String(e).replace(/\|/g,"\\|").replace(/\r?\n/g," ")}function markdownTable(e,t,n=[]){const r=e.map((e,t)=>n[t]==="r"?"---:":"---");const line=e=>`| ${e.map(markdownCell).join(" | ")} |`;return[line(e),`|${r.join("|")}|`,...t.map(line)].join("\n")}function formatNumber(e){if(e===null||e===undefined||Number.isNaN(e))return"—";if(e===0)return"0";const t=Math.abs(e);if(t<1e-4||t>=1e6)return e.toExponential(3);return String(Number(e.toPrecision(4)))}function verdictLine(e){const{drift:t}=e;const n=`${t.drifted.length} of ${t.total} columns drifted (${(t.share*100).toFixed(1)}%, dataset threshold ${(t.threshold*100).toFixed(0)}%)`;const r=e.failedChecks?" — schema checks failed":"";return t.detected?`❌ Data drift detected: ${n}${r}`:`${e.failedChecks?"❌":"✅"} No dataset drift: ${n}${r}`}function row(e){return[e.drifted?"**drifted**":"ok",`\`${e.name}\``,e.kind,e.test,formatNumber(e.score),`${e.comparison.replace("p","p ").replace("d","d ")} ${formatNumber(e.threshold)}`]}function summaryMarkdown(e){const t=[`### ${verdictLine(e)}`,""];const n=e.inputs.reference;const r=e.inputs.current;t.push(`Reference: ${n.rows} rows × ${n.columns} columns${n.sampled?` (sampled from ${n.sampled.from})`:""}; current: ${r.rows} rows × ${r.columns} columns${r.sampled?` (sampled from ${r.sampled.from})`:""}. Correction: ${e.options.correction}.`,"");if(e.columns.length>0){t.push(markdownTable(["","column","type","test","score","drift when"],e.columns.map(row),["l","l","l","l","r","l"]),"")}const i=e.checks.filter(e=>e.verdict!=="pass");if(i.length>0){t.push("**Checks**","");const e={error:"❌",warning:"⚠️",info:"ℹ️"};for(const n of i.slice(0,50))t.push(`- ${e[n.severity]} ${n.message}`);if(i.length>50)t.push(`- … and ${i.length-50} more in report.json`);t.push("")}for(const n of e.skipped)t.push(`- Not tested: \`${n.name}\` — ${n.reason}`);return`${t.join("\n").trimEnd()}\n`}async function writeReportFiles(e,t){await(0,Y.mkdir)(e,{recursive:true});const n={json:K().join(e,"report.json"),markdown:K().join(e,"summary.md"),html:K().join(e,"report.html")};await(0,Y.writeFile)(n.json,t.json.endsWith("\n")?t.json:`${t.json}\n`);await(0,Y.writeFile)(n.markdown,t.markdown);await(0,Y.writeFile)(n.html,t.html);return n}function escapeHtml(e){return String(e).replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/"/g,"&quot;").replace(/'/g,"&#39;")}const ur={left:48,right:12,top:26,bottom:46};function fmt(e){if(e===0)return"0";const t=Math.abs(e);if(t>=1e5||t<.001)return e.toExponential(1);return String(Number(e.toPrecision(3)))}function svgBars(e,t){const n=t.width??420;const r=t.height??220;const i=n-ur.left-ur.right;const s=r-ur.top-ur.bottom;const o=Math.max(0,...e.map(e=>e.values.length));const a=Math.max(1e-12,...e.flatMap(e=>e.values.filter(Number.isFinite)));const f=o>0?i/o:i;const y=e=>ur.top+s-e/a*s;const c=[];c.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${n}" height="${r}" viewBox="0 0 ${n} ${r}" role="img" aria-label="${escapeHtml(t.title)}">`);c.push(`<title>${escapeHtml(t.title)}</title>`);c.push(`<text x="${n/2}" y="16" text-anchor="middle" font-size="12" font-family="sans-serif">${escapeHtml(t.title)}</text>`);e.forEach(e=>{e.values.forEach((t,n)=>{if(!Number.isFinite(t)||t<=0)return;const r=y(t);c.push(`<rect x="${(ur.left+n*f+.5).toFixed(2)}" y="${r.toFixed(2)}" width="${Math.max(f-1,.5).toFixed(2)}" height="${(ur.top+s-r).toFixed(2)}" fill="${e.color}" fill-opacity="0.5"><title>${escapeHtml(`${e.name}: ${fmt(t)}`)}</title></rect>`)})});const l=ur.top+s;c.push(`<line x1="${ur.left}" y1="${l}" x2="${ur.left+i}" y2="${l}" stroke="#333"/>`);c.push(`<line x1="${ur.left}" y1="${ur.top}" x2="${ur.left}" y2="${l}" stroke="#333"/>`);c.push(`<text x="${ur.left-4}" y="${ur.top+4}" text-anchor="end" font-size="10" font-family="sans-serif">${fmt(a)}</text>`);c.push(`<text x="${ur.left-4}" y="${l}" text-anchor="end" font-size="10" font-family="sans-serif">0</text>`);if(t.edges&&t.edges.length>1){const e=t.edges[0];const n=t.edges[t.edges.length-1];c.push(`<text x="${ur.left}" y="${l+14}" font-size="10" font-family="sans-serif">${fmt(e)}</text>`);c.push(`<text x="${ur.left+i}" y="${l+14}" text-anchor="end" font-size="10" font-family="sans-serif">${fmt(n)}</text>`)}else if(t.labels){t.labels.forEach((e,t)=>{const n=ur.left+(t+.5)*f;const r=e.length>12?`${e.slice(0,11)}…`:e;c.push(`<text x="${n.toFixed(2)}" y="${l+12}" text-anchor="end" font-size="9" font-family="sans-serif" transform="rotate(-35 ${n.toFixed(2)} ${l+12})">${escapeHtml(r)}</text>`)})}e.forEach((e,t)=>{const n=ur.left+8+t*110;c.push(`<rect x="${n}" y="${r-12}" width="10" height="10" fill="${e.color}" fill-opacity="0.5"/>`);c.push(`<text x="${n+14}" y="${r-3}" font-size="10" font-family="sans-serif">${escapeHtml(e.name)}</text>`)});c.push("</svg>");return c.join("")}const dr=`body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}\nh1{font-size:20px}table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #ccc;padding:4px 8px;font-size:13px;text-align:left}\n.drifted{color:#b00020;font-weight:bold}.ok{color:#1b5e20}.grid{display:flex;flex-wrap:wrap;gap:16px}\n.card{border:1px solid #ddd;border-radius:6px;padding:8px}.card h3{font-size:14px;margin:4px 0}.muted{color:#666;font-size:12px}\n.error{color:#b00020}.warning{color:#8a6d00}`;function summaryCells(e,t){const n=e[t];if(n.kind==="numeric"){return`rows ${n.rows}, missing ${(n.missingShare*100).toFixed(1)}%, mean ${formatNumber(n.mean)}, std ${formatNumber(n.std)}, min ${formatNumber(n.min)}, median ${formatNumber(n.median)}, max ${formatNumber(n.max)}`}return`rows ${n.rows}, missing ${(n.missingShare*100).toFixed(1)}%, ${n.distinct} categories; top: ${n.top.slice(0,5).map(e=>`${e.value} (${e.count})`).join(", ")}`}function card(e){const t=e.distribution;const n=t?svgBars([{name:"reference",values:t.reference,color:"#1f77b4"},{name:"current",values:t.current,color:"#d62728"}],{title:`${e.name} (share of rows)`,...t.edges?{edges:t.edges}:{},...t.labels?{labels:t.labels}:{}}):"";return`<div class="card"><h3 class="${e.drifted?"drifted":"ok"}">${escapeHtml(e.name)} — ${e.drifted?"drifted":"no drift"}</h3>\n<div class="muted">${escapeHtml(e.testTitle)}: ${escapeHtml(formatNumber(e.score))} (threshold ${escapeHtml(formatNumber(e.threshold))})${e.note?`; ${escapeHtml(e.note)}`:""}</div>\n${n}\n<div class="muted">reference: ${escapeHtml(summaryCells(e,"reference"))}</div>\n<div class="muted">current: ${escapeHtml(summaryCells(e,"current"))}</div></div>`}function htmlReport(e){const t=e.columns.map(e=>`<tr><td class="${e.drifted?"drifted":"ok"}">${e.drifted?"drifted":"ok"}</td><td>${escapeHtml(e.name)}</td><td>${e.kind}</td><td>${escapeHtml(e.test)}</td><td>${escapeHtml(formatNumber(e.score))}</td><td>${escapeHtml(formatNumber(e.threshold))}</td><td>${escapeHtml(formatNumber(e.statistic??null))}</td></tr>`).join("\n");const n=e.checks.map(e=>`<tr><td class="${e.severity}">${e.severity}</td><td>${escapeHtml(e.check)}</td><td>${escapeHtml(e.column??"")}</td><td>${escapeHtml(e.message)}</td></tr>`).join("\n");const r=["reference","current"].flatMap(t=>e.inputs[t].files.map(e=>`<tr><td>${t}</td><td>${escapeHtml(e.path)}</td><td>${e.format}${e.gzip?" (gzip)":""}</td><td>${e.rows??""}</td><td><code>${e.sha256}</code></td></tr>`)).join("\n");return`<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Data drift report</title><style>${dr}</style></head>\n<body>\n<h1>${escapeHtml(verdictLine(e))}</h1>\n<p class="muted">Generated ${escapeHtml(e.generatedAt)} · schema ${e.schema} · correction ${e.options.correction}</p>\n<h2>Columns</h2>\n<table><tr><th></th><th>column</th><th>type</th><th>test</th><th>score</th><th>threshold</th><th>statistic</th></tr>\n${t}\n</table>\n<h2>Checks</h2>\n<table><tr><th>severity</th><th>check</th><th>column</th><th>message</th></tr>\n${n||'<tr><td colspan="4">All checks passed.</td></tr>'}\n</table>\n<h2>Distributions</h2>\n<div class="grid">${e.columns.map(card).join("\n")}</div>\n<h2>Inputs</h2>\n<table><tr><th></th><th>file</th><th>format</th><th>rows</th><th>sha256</th></tr>\n${r}\n</table>\n</body></html>\n`}function writeReport(e,t){return writeReportFiles(t,{json:report_model_toJson(e),markdown:summaryMarkdown(e),html:htmlReport(e)})}const hr=["csv","tsv","jsonl","parquet"];function readOptions(e){const t=e.string("stattest")??"auto";const n=e.enum("format",hr);const r=e.number("threshold",{min:0});if(r!==undefined&&r<=0)throw new i.yo(`Input 'threshold' is out of range: ${r}; expected a number above 0 (at most 1 for p-value tests).`);const s=e.lines("reference");const o=e.lines("current");if(s.length===0)throw new i.yo("Input 'reference' is required: a data file or glob.");if(o.length===0)throw new i.yo("Input 'current' is required: a data file or glob.");return{reference:s,current:o,...n?{format:n}:{},columns:e.list("columns"),ignoreColumns:e.list("ignore-columns"),numericalColumns:e.list("numerical-columns"),categoricalColumns:e.list("categorical-columns"),stattest:t==="auto"?"auto":parseStatTest(t,"stattest"),stattestPerColumn:parseColumnLines(e.lines("stattest-per-column"),"stattest-per-column",e=>parseStatTest(e,"stattest-per-column")),...r!==undefined?{threshold:r}:{},thresholdPerColumn:parseColumnLines(e.lines("threshold-per-column"),"threshold-per-column",e=>parseThreshold(e,"threshold-per-column")),driftShare:e.number("drift-share",{min:0,max:1})??.5,correction:e.enum("correction",z)??"none",missingTolerance:e.number("missing-tolerance",{min:0,max:1})??.05,maxRows:e.number("max-rows",{min:1,integer:true})??5e6,seed:e.number("seed",{min:0,max:2**32-1,integer:true})??42}}async function main({platform:e,inputs:t}){const n=readOptions(t);const r=t.boolean("fail-on-drift");const i=t.path("report-dir",{mustExist:false})??"check-data-drift-report";const s=t.string("artifact-name")??"check-data-drift-report";const o=await checkDataDrift(n,e);const a=await writeReport(o,i);e.setOutput("drift-detected",String(o.drift.detected));e.setOutput("drift-share",String(o.drift.share));e.setOutput("drifted-columns",JSON.stringify(o.drift.drifted));e.setOutput("report",a.json);e.setOutput("html-report",a.html);await e.writeSummary(summaryMarkdown(o));for(const t of o.checks){if(t.severity==="error")e.error(t.message);else if(t.severity==="warning")e.warning(t.message)}const f=await e.uploadArtifact(s,[a.json,a.markdown,a.html],i);if(!f.uploaded)e.info(`Report not uploaded as an artifact (${f.reason}); it is in ${f.localPath}.`);e.info(verdictLine(o));if(o.failedChecks){e.setFailed(`${verdictLine(o)}. Schema checks failed: ${o.checks.filter(e=>e.severity==="error").map(e=>e.message).join(" ")||"no column could be tested."}`)}else if(o.drift.detected&&r){e.setFailed(`${verdictLine(o)}: ${o.drift.drifted.join(", ")}.`)}}},6104:(t,n,r)=>{r.d(n,{_v:()=>dropReadingWorker,FH:()=>startReadingWorker,Ej:()=>takeReadingWorker,cq:()=>workerAvailable});var i=r(3024);var s=r(6760);var o=r.n(s);var a=r(3136);const f=e(import.meta.url)("node:worker_threads");const c="check-data-drift/load-side";let l;let u=false;let d;function startReadingWorker(e){const t=o().join(o().dirname((0,a.fileURLToPath)(e)),"..","check-data-drift-worker","index.js");if(!(0,i.existsSync)(t)||process.env.ML_ACTIONS_DRIFT_WORKER==="0")return;d=t;l=new f.Worker(t,{workerData:c});l.unref();l.on("error",()=>undefined);l.once("exit",()=>{u=true})}function workerAvailable(){return d!==undefined}function takeReadingWorker(){if(!d)return undefined;const e=l&&!u?l:new f.Worker(d,{workerData:c});l=undefined;e.ref();return e}function dropReadingWorker(){void l?.terminate();l=undefined}},2085:(e,t,n)=>{var r=n(6104);(0,r.FH)(import.meta.url)},9223:(e,t,n)=>{n.d(t,{Uc:()=>describeError,dz:()=>InputError,iU:()=>isUserError,yo:()=>UserError});class UserError extends Error{location;hint;constructor(e,t={}){super(e,{cause:t.cause});this.name="UserError";this.location=t.location??{};this.hint=t.hint}}class InputError extends UserError{input;constructor(e,t,n){super(`Input '${e}' has an invalid value ${JSON.stringify(t)}: expected ${n}.`);this.name="InputError";this.input=e}}function isUserError(e){return e instanceof UserError}function describeError(e){if(e instanceof UserError)return e.hint?`${e.message}\nHint: ${e.hint}`:e.message;if(e instanceof Error)return e.message;return String(e)}},9786:(t,n,r)=>{const i=e(import.meta.url)("node:module");var s=r(6760);var o=r.n(s);var a=r(3136);const f=globalThis;f.require??=(0,i.createRequire)(import.meta.url);f.__filename??=(0,a.fileURLToPath)(import.meta.url);f.__dirname??=o().dirname((0,a.fileURLToPath)(import.meta.url))},692:(t,n,r)=>{r.d(n,{C:()=>runAction});var i=r(9223);var s=r(3024);var o=r(6760);var a=r.n(o);const f={ms:1,s:1e3,m:6e4,h:36e5,d:864e5};const c=/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g;const l=/^(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+$/;function parseDuration(e){const t=e.trim();if(/^\d+(?:\.\d+)?$/.test(t))return Number(t)*1e3;if(!l.test(t))return undefined;let n=0;for(const e of t.matchAll(c))n+=Number(e[1])*(f[e[2]??""]??Number.NaN);return Number.isFinite(n)?n:undefined}const u=new Set(["true","True","TRUE"]);const d=new Set(["false","False","FALSE"]);const h=/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;class Inputs{source;contract;constructor(e,t){this.source=e;this.contract=t}string(e){const t=this.source.rawInput(e)?.trim();if(t!==undefined&&t!=="")return t;const n=this.contract.inputs[e]?.default;return n===undefined||n===""||n.includes("${{")?undefined:n}required(e){const t=this.string(e);if(t===undefined)throw new i.dz(e,"","a value (this input is required)");return t}secret(e){const t=this.string(e);if(t!==undefined)this.source.setSecret(t);return t}boolean(e){const t=this.string(e)??"false";if(u.has(t))return true;if(d.has(t))return false;throw new i.dz(e,t,"true or false (YAML 1.2 core schema: true, True, TRUE, false, False, FALSE)")}number(e,t={}){const n=this.string(e);if(n===undefined)return undefined;const r=h.test(n)?Number(n):Number.NaN;const s=Number.isFinite(r)&&(t.min===undefined||r>=t.min)&&(t.max===undefined||r<=t.max)&&(!t.integer||Number.isInteger(r));if(!s)throw new i.dz(e,n,describeRange(t));return r}enum(e,t){const n=this.string(e);if(n===undefined)return undefined;if(!t.includes(n)){throw new i.dz(e,n,`one of ${t.map(e=>`'${e}'`).join(", ")}`)}return n}list(e){return splitList(this.string(e)??"",/[\n,]/)}lines(e){return splitList(this.string(e)??"",/\r?\n/)}path(e,t={}){const n=this.string(e);if(n===undefined)return undefined;const r=a().resolve(n);if((t.mustExist??true)&&!(0,s.existsSync)(r)){throw new i.dz(e,n,`an existing path (nothing at ${r})`)}return r}duration(e){const t=this.string(e);if(t===undefined)return undefined;const n=parseDuration(t);if(n===undefined)throw new i.dz(e,t,"a duration such as '30s', '10m', '1h30m' or '500ms'");return n}}function splitList(e,t){return e.split(t).map(e=>e.trim()).filter(e=>e!=="")}function describeRange(e){const t=e.integer?"a whole number":"a number";if(e.min!==undefined&&e.max!==undefined)return`${t} from ${e.min} to ${e.max}`;if(e.min!==undefined)return`${t} of at least ${e.min}`;if(e.max!==undefined)return`${t} of at most ${e.max}`;return t}const cwd=()=>process.cwd();function workingPath(...e){return a().join(cwd(),...e)}var p=r(1455);function escapeAzureData(e){return e.replace(/%/g,"%AZP25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function escapeAzureProperty(e){return escapeAzureData(e).replace(/]/g,"%5D").replace(/;/g,"%3B")}function azureCommand(e,t,n=""){const r=Object.entries(t).filter(e=>e[1]!==undefined).map(([e,t])=>`${e}=${escapeAzureProperty(String(t))}`).join(";");return`##vso[${e}${r?` ${r}`:""}]${escapeAzureData(n)}`}function azureVariableName(e){return e.replace(/[^A-Za-z0-9._]/g,"_")}function escapeGitHubData(e){return e.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function escapeGitHubProperty(e){return escapeGitHubData(e).replace(/:/g,"%3A").replace(/,/g,"%2C")}function githubCommand(e,t,n=""){const r=Object.entries(t).filter(e=>e[1]!==undefined).map(([e,t])=>`${e}=${escapeGitHubProperty(String(t))}`).join(",");return`::${e}${r?` ${r}`:""}::${escapeGitHubData(n)}`}function inputFromEnv(e,t){const n=t.replace(/ /g,"_").toUpperCase();const r=e[`INPUT_${n}`]??e[`INPUT_${n.replace(/-/g,"_")}`];return r===undefined||r.trim()===""?undefined:r}class Masker{secrets=new Set;add(e){for(const t of[e,...e.split(/\r?\n/)]){if(t.trim().length>=3)this.secrets.add(t)}}mask(e){let t=e;for(const e of[...this.secrets].sort((e,t)=>t.length-e.length))t=t.split(e).join("***");return t}}function issueProperties(e,t){return{type:e,sourcepath:t?.file,linenumber:t?.line,columnnumber:t?.column}}class AzurePlatform{env;write;kind="azure";masker=new Masker;constructor(e=process.env,t=e=>process.stdout.write(`${e}\n`)){this.env=e;this.write=t}print(e){this.write(this.masker.mask(e))}rawInput(e){return inputFromEnv(this.env,e)}setOutput(e,t,n={}){if(n.secret)this.setSecret(t);this.write(azureCommand("task.setvariable",{variable:azureVariableName(e),isOutput:true,issecret:n.secret?true:undefined},t))}setSecret(e){this.write(azureCommand("task.setsecret",{},e));this.masker.add(e)}debug(e){this.print(`##[debug]${escapeAzureData(e)}`)}info(e){this.print(e)}notice(e){this.print(`##[section]${escapeAzureData(e)}`)}warning(e,t){this.print(azureCommand("task.logissue",issueProperties("warning",t),e))}error(e,t){this.print(azureCommand("task.logissue",issueProperties("error",t),e))}async group(e,t){this.print(`##[group]${escapeAzureData(e)}`);try{return await t()}finally{this.print("##[endgroup]")}}async writeSummary(e){const t=this.env.AGENT_TEMPDIRECTORY??this.env.RUNNER_TEMP??workingPath(".ml-actions");await(0,p.mkdir)(t,{recursive:true});const n=a().join(t,`ml-actions-summary-${process.pid}-${Date.now()}.md`);await(0,p.writeFile)(n,this.masker.mask(e));this.print(azureCommand("task.uploadsummary",{},n))}async uploadArtifact(e,t,n){void t;this.print(azureCommand("artifact.upload",{containerfolder:e,artifactname:e},n));return{uploaded:true,name:e}}setFailed(e,t){this.error(e,t);this.print(azureCommand("task.complete",{result:"Failed"},e));process.exitCode=1}async finish(){}}var m=r(7598);const v=e(import.meta.url)("node:os");var g=r(3136);const A=new Function("url","return import(url)");function uploaderPath(){const e=a().dirname((0,g.fileURLToPath)(import.meta.url));return a().join(e,"..",["artifact-upload","index.js"].join(a().sep))}async function loadArtifactUploader(){const e=uploaderPath();if(!(0,s.existsSync)(e))return undefined;return await A((0,g.pathToFileURL)(e).href)}function properties(e){return{title:e?.title,file:e?.file,line:e?.line,col:e?.column}}function log(e){process.stdout.write(`${e}${v.EOL}`)}class GitHubPlatform{env;kind="github";constructor(e=process.env){this.env=e}rawInput(e){return inputFromEnv(this.env,e)}setOutput(e,t,n={}){if(n.secret)this.setSecret(t);const r=this.env.GITHUB_OUTPUT;if(!r){log("");log(githubCommand("set-output",{name:e},t));return}const i=`ghadelimiter_${(0,m.randomUUID)()}`;(0,s.appendFileSync)(r,`${e}<<${i}${v.EOL}${t}${v.EOL}${i}${v.EOL}`,"utf8")}setSecret(e){log(githubCommand("add-mask",{},e))}debug(e){log(githubCommand("debug",{},e))}info(e){log(e)}notice(e,t){log(githubCommand("notice",properties(t),e))}warning(e,t){log(githubCommand("warning",properties(t),e))}error(e,t){log(githubCommand("error",properties(t),e))}async group(e,t){log(githubCommand("group",{},e));try{return await t()}finally{log(githubCommand("endgroup",{}))}}async writeSummary(e){const t=this.env.GITHUB_STEP_SUMMARY;if(!t){this.info("GITHUB_STEP_SUMMARY is not set: the summary is in the report folder only.");return}(0,s.appendFileSync)(t,`${e}${v.EOL}`,"utf8")}async uploadArtifact(e,t,n){if(!this.env.ACTIONS_RUNTIME_TOKEN||!this.env.ACTIONS_RESULTS_URL){const t="the runner provides no artifact service (ACTIONS_RUNTIME_TOKEN/ACTIONS_RESULTS_URL unset)";this.notice(`Artifact '${e}' not uploaded: ${t}. The files are in ${n}.`);return{uploaded:false,name:e,reason:t,localPath:n}}try{const r=await loadArtifactUploader();if(!r)throw new Error("the artifact upload bundle (dist/artifact-upload/index.js) is missing");const{id:i}=await r.uploadArtifact(e,t,n);this.info(`Uploaded artifact '${e}'${i===undefined?"":` (id ${i})`}.`);return{uploaded:true,name:e,id:i===undefined?undefined:String(i)}}catch(t){const r=t instanceof Error?t.message:String(t);this.warning(`Artifact '${e}' could not be uploaded: ${r}. The files are in ${n}.`);return{uploaded:false,name:e,reason:r,localPath:n}}}setFailed(e,t){this.error(e,t);process.exitCode=1}async finish(){}}function where(e){if(!e?.file)return"";const t=e.line===undefined?"":`:${e.line}${e.column===undefined?"":`:${e.column}`}`;return`${e.file}${t}: `}class LocalPlatform{options;kind="local";masker=new Masker;outputs={};secretOutputs=new Set;write;writeError;depth=0;constructor(e){this.options=e;this.write=e.write??(e=>process.stdout.write(`${e}\n`));this.writeError=e.writeError??(e=>process.stderr.write(`${e}\n`))}rawInput(e){const t=this.options.inputs[e];return t===undefined||t.trim()===""?undefined:t}setOutput(e,t,n={}){if(n.secret){this.setSecret(t);this.secretOutputs.add(e)}this.outputs[e]=t}setSecret(e){this.masker.add(e)}log(e,t=false){const n=this.masker.mask(`${"  ".repeat(this.depth)}${e}`);if(t||this.options.json)this.writeError(n);else this.write(n)}debug(e){if(process.env.RUNNER_DEBUG==="1"||process.env.ML_ACTIONS_DEBUG==="1")this.log(`debug: ${e}`)}info(e){this.log(e)}notice(e,t){this.log(`notice: ${where(t)}${e}`)}warning(e,t){this.log(`warning: ${where(t)}${e}`,true)}error(e,t){this.log(`error: ${where(t)}${e}`,true)}async group(e,t){this.log(`▸ ${e}`);this.depth+=1;try{return await t()}finally{this.depth-=1}}async writeSummary(e){await(0,p.mkdir)(this.options.outputDirectory,{recursive:true});await(0,p.appendFile)(a().join(this.options.outputDirectory,"summary.md"),this.masker.mask(e))}async uploadArtifact(e,t,n){const r=a().join(this.options.outputDirectory,"artifacts",e);for(const e of t){const t=a().join(r,a().relative(n,e));await(0,p.mkdir)(a().dirname(t),{recursive:true});await(0,p.copyFile)(e,t)}this.info(`Artifact '${e}' written to ${r}`);return{uploaded:false,name:e,reason:"local run: files copied to the output folder",localPath:r}}setFailed(e,t){this.error(e,t);process.exitCode=1}async finish(){const e={};for(const[t,n]of Object.entries(this.outputs))e[t]=this.secretOutputs.has(t)?"***":n;await(0,p.mkdir)(this.options.outputDirectory,{recursive:true});await(0,p.writeFile)(a().join(this.options.outputDirectory,"outputs.json"),`${JSON.stringify(e,null,2)}\n`);if(this.options.json){this.write(JSON.stringify(e));return}for(const[t,n]of Object.entries(e))this.write(`${t}=${n}`)}}const w="ML_ACTIONS_LOCAL_INPUTS";const b="ML_ACTIONS_OUTPUT_DIR";const I="ML_ACTIONS_JSON";function selectPlatform(e=process.env){const t=e[w];if(t!==undefined){return new LocalPlatform({inputs:JSON.parse(t),outputDirectory:e[b]??"ml-actions-output",json:e[I]==="1"})}if(e.TF_BUILD?.toLowerCase()==="true")return new AzurePlatform(e);if(e.GITHUB_ACTIONS==="true"||e.GITHUB_OUTPUT!==undefined)return new GitHubPlatform(e);return new LocalPlatform({inputs:Object.fromEntries(Object.entries(e).filter(([e])=>e.startsWith("INPUT_")).map(([e,t])=>[e.slice(6).toLowerCase().replace(/_/g,"-"),t??""])),outputDirectory:e[b]??"ml-actions-output",json:e[I]==="1"})}async function runAction(e,t,n=selectPlatform()){try{await t({platform:n,inputs:new Inputs(n,e)})}catch(t){if((0,i.iU)(t)){n.setFailed((0,i.Uc)(t),t.location)}else{if(t instanceof Error&&t.stack)n.debug(t.stack);n.setFailed(`${e.name}: internal error: ${(0,i.Uc)(t)}. This is a bug in ml-actions; please report it with the debug log (set ACTIONS_STEP_DEBUG or ML_ACTIONS_DEBUG=1).`)}}finally{await n.finish()}}},7598:t=>{t.exports=e(import.meta.url)("node:crypto")},3024:t=>{t.exports=e(import.meta.url)("node:fs")},1455:t=>{t.exports=e(import.meta.url)("node:fs/promises")},6760:t=>{t.exports=e(import.meta.url)("node:path")},3136:t=>{t.exports=e(import.meta.url)("node:url")},7994:e=>{e.exports=JSON.parse("[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368000,20922789888000,355687428096000,6402373705728000,121645100408832000,2432902008176640000,51090942171709440000,1.1240007277776077e+21,2.585201673888498e+22,6.204484017332394e+23,1.5511210043330986e+25,4.0329146112660565e+26,1.0888869450418352e+28,3.0488834461171387e+29,8.841761993739702e+30,2.6525285981219107e+32,8.222838654177922e+33,2.631308369336935e+35,8.683317618811886e+36,2.9523279903960416e+38,1.0333147966386145e+40,3.7199332678990125e+41,1.3763753091226346e+43,5.230226174666011e+44,2.0397882081197444e+46,8.159152832478977e+47,3.345252661316381e+49,1.40500611775288e+51,6.041526306337383e+52,2.658271574788449e+54,1.1962222086548019e+56,5.502622159812089e+57,2.5862324151116818e+59,1.2413915592536073e+61,6.082818640342675e+62,3.0414093201713376e+64,1.5511187532873822e+66,8.065817517094388e+67,4.2748832840600255e+69,2.308436973392414e+71,1.2696403353658276e+73,7.109985878048635e+74,4.0526919504877214e+76,2.3505613312828785e+78,1.3868311854568984e+80,8.32098711274139e+81,5.075802138772248e+83,3.146997326038794e+85,1.98260831540444e+87,1.2688693218588417e+89,8.247650592082472e+90,5.443449390774431e+92,3.647111091818868e+94,2.4800355424368305e+96,1.711224524281413e+98,1.1978571669969892e+100,8.504785885678623e+101,6.1234458376886085e+103,4.4701154615126844e+105,3.307885441519386e+107,2.48091408113954e+109,1.8854947016660504e+111,1.4518309202828587e+113,1.1324281178206297e+115,8.946182130782976e+116,7.156945704626381e+118,5.797126020747368e+120,4.753643337012842e+122,3.945523969720659e+124,3.314240134565353e+126,2.81710411438055e+128,2.4227095383672734e+130,2.107757298379528e+132,1.8548264225739844e+134,1.650795516090846e+136,1.4857159644817615e+138,1.352001527678403e+140,1.2438414054641308e+142,1.1567725070816416e+144,1.087366156656743e+146,1.032997848823906e+148,9.916779348709496e+149,9.619275968248212e+151,9.426890448883248e+153,9.332621544394415e+155,9.332621544394415e+157,9.42594775983836e+159,9.614466715035127e+161,9.90290071648618e+163,1.0299016745145628e+166,1.081396758240291e+168,1.1462805637347084e+170,1.226520203196138e+172,1.324641819451829e+174,1.4438595832024937e+176,1.588245541522743e+178,1.7629525510902446e+180,1.974506857221074e+182,2.2311927486598138e+184,2.5435597334721877e+186,2.925093693493016e+188,3.393108684451898e+190,3.969937160808721e+192,4.684525849754291e+194,5.574585761207606e+196,6.689502913449127e+198,8.094298525273444e+200,9.875044200833601e+202,1.214630436702533e+205,1.506141741511141e+207,1.882677176888926e+209,2.372173242880047e+211,3.0126600184576594e+213,3.856204823625804e+215,4.974504222477287e+217,6.466855489220474e+219,8.47158069087882e+221,1.1182486511960043e+224,1.4872707060906857e+226,1.9929427461615188e+228,2.6904727073180504e+230,3.659042881952549e+232,5.012888748274992e+234,6.917786472619489e+236,9.615723196941089e+238,1.3462012475717526e+241,1.898143759076171e+243,2.695364137888163e+245,3.854370717180073e+247,5.5502938327393044e+249,8.047926057471992e+251,1.1749972043909107e+254,1.727245890454639e+256,2.5563239178728654e+258,3.80892263763057e+260,5.713383956445855e+262,8.62720977423324e+264,1.3113358856834524e+267,2.0063439050956823e+269,3.0897696138473508e+271,4.789142901463394e+273,7.471062926282894e+275,1.1729568794264145e+278,1.853271869493735e+280,2.9467022724950384e+282,4.7147236359920616e+284,7.590705053947219e+286,1.2296942187394494e+289,2.0044015765453026e+291,3.287218585534296e+293,5.423910666131589e+295,9.003691705778438e+297,1.503616514864999e+300,2.5260757449731984e+302,4.269068009004705e+304,7.257415615307999e+306]")}};var n={};function __nccwpck_require__(e){var r=n[e];if(r!==undefined){return r.exports}var i=n[e]={exports:{}};var s=true;try{t[e](i,i.exports,__nccwpck_require__);s=false}finally{if(s)delete n[e]}return i.exports}if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{var e=typeof Symbol==="function"?Symbol("webpack queues"):"__webpack_queues__";var t=typeof Symbol==="function"?Symbol("webpack exports"):"__webpack_exports__";var n=typeof Symbol==="function"?Symbol("webpack error"):"__webpack_error__";var resolveQueue=e=>{if(e&&e.d<1){e.d=1;e.forEach(e=>e.r--);e.forEach(e=>e.r--?e.r++:e())}};var wrapDeps=r=>r.map(r=>{if(r!==null&&typeof r==="object"){if(r[e])return r;if(r.then){var i=[];i.d=0;r.then(e=>{s[t]=e;resolveQueue(i)},e=>{s[n]=e;resolveQueue(i)});var s={};s[e]=e=>e(i);return s}}var o={};o[e]=e=>{};o[t]=r;return o});__nccwpck_require__.a=(r,i,s)=>{var o;s&&((o=[]).d=-1);var a=new Set;var f=r.exports;var c;var l;var u;var d=new Promise((e,t)=>{u=t;l=e});d[t]=f;d[e]=e=>(o&&e(o),a.forEach(e),d["catch"](e=>{}));r.exports=d;i(r=>{c=wrapDeps(r);var i;var getResult=()=>c.map(e=>{if(e[n])throw e[n];return e[t]});var s=new Promise(t=>{i=()=>t(getResult);i.r=0;var fnQueue=e=>e!==o&&!a.has(e)&&(a.add(e),e&&!e.d&&(i.r++,e.push(i)));c.map(t=>t[e](fnQueue))});return i.r?s:getResult()},e=>(e?u(d[n]=e):l(f),resolveQueue(o)));o&&o.d<0&&(o.d=0)}})();(()=>{__nccwpck_require__.n=e=>{var t=e&&e.__esModule?()=>e["default"]:()=>e;__nccwpck_require__.d(t,{a:t});return t}})();(()=>{__nccwpck_require__.d=(e,t)=>{for(var n in t){if(__nccwpck_require__.o(t,n)&&!__nccwpck_require__.o(e,n)){Object.defineProperty(e,n,{enumerable:true,get:t[n]})}}}})();(()=>{__nccwpck_require__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t)})();var r=__nccwpck_require__(9838);r=await r;