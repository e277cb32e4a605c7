import{createRequire as e}from"module";var t={8787:(e,t,r)=>{
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
var n=r(3742);e.exports=n},3742:e=>{
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
function filled(e,t){var r;var n;r=[];for(n=0;n<t;n++){r.push(e)}return r}e.exports=filled},1830:(e,t,r)=>{
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
var n=r(1401);e.exports=n},1401:(e,t,r)=>{
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
var n=r(8787);function zeros(e){return n(0,e)}e.exports=zeros},9979:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9714);var a=r(5878);var i=r(8520);var o;if(n()){o=a}else{o=i}e.exports=o},5878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},4826:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5613);var a=r(3405);var i=r(523);var o;if(n()){o=a}else{o=i}e.exports=o},3405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},7096:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4171);var a=r(2399);var i=r(3689);var o;if(n()){o=a}else{o=i}e.exports=o},2399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},5183:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4246);var a=r(8570);var i=r(7540);var o;if(n()){o=a}else{o=i}e.exports=o},8570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=typeof Float64Array==="function"?Float64Array:null;e.exports=t},9714:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6405);e.exports=n},6405:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5672);var a=r(5265);function hasFloat64ArraySupport(){var e;var t;if(typeof a!=="function"){return false}try{t=new a([1,3.14,-3.14,NaN]);e=n(t)&&t[0]===1&&t[1]===3.14&&t[2]===-3.14&&t[3]!==t[3]}catch(t){e=false}return e}e.exports=hasFloat64ArraySupport},2878:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3103);e.exports=n},3103:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3595);function hasGeneratorSupport(){var e;try{n('"use strict"; (function* () {})');e=true}catch(t){e=false}return e}e.exports=hasGeneratorSupport},1907:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4270);e.exports=n},4270:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.hasOwnProperty;function hasOwnProp(e,r){if(e===void 0||e===null){return false}return t.call(e,r)}e.exports=hasOwnProp},5547:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(166);e.exports=n},166:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}e.exports=hasSymbolSupport},9501:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6284);e.exports=n},6284:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5547);var a=n();function hasToStringTagSupport(){return a&&typeof Symbol.toStringTag==="symbol"}e.exports=hasToStringTagSupport},5613:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2364);e.exports=n},2364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3599);var a=r(6653);var i=r(5929);function hasUint16ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=[1,3.14,-3.14,a+1,a+2];t=new i(t);e=n(t)&&t[0]===1&&t[1]===3&&t[2]===a-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint16ArraySupport},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:null;e.exports=t},4171:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8950);e.exports=n},8950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3209);var a=r(8035);var i=r(2709);function hasUint32ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=[1,3.14,-3.14,a+1,a+2];t=new i(t);e=n(t)&&t[0]===1&&t[1]===3&&t[2]===a-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint32ArraySupport},2709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:null;e.exports=t},4246:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(249);e.exports=n},249:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(228);var a=r(2732);var i=r(5545);function hasUint8ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=[1,3.14,-3.14,a+1,a+2];t=new i(t);e=n(t)&&t[0]===1&&t[1]===3&&t[2]===a-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint8ArraySupport},5545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:null;e.exports=t},5672:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7439);e.exports=n},7439:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var a=typeof Float64Array==="function";function isFloat64Array(e){return a&&e instanceof Float64Array||n(e)==="[object Float64Array]"}e.exports=isFloat64Array},7604:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5183);var a=r(4826);var i={uint16:a,uint8:n};e.exports=i},347:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7158);e.exports=n},7158:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7604);var a;function isLittleEndian(){var e;var t;e=new n["uint16"](1);e[0]=4660;t=new n["uint8"](e.buffer);return t[0]===52}a=isLittleEndian();e.exports=a},3599:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2394);e.exports=n},2394:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var a=typeof Uint16Array==="function";function isUint16Array(e){return a&&e instanceof Uint16Array||n(e)==="[object Uint16Array]"}e.exports=isUint16Array},3209:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8168);e.exports=n},8168:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var a=typeof Uint32Array==="function";function isUint32Array(e){return a&&e instanceof Uint32Array||n(e)==="[object Uint32Array]"}e.exports=isUint32Array},228:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7755);e.exports=n},7755:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var a=typeof Uint8Array==="function";function isUint8Array(e){return a&&e instanceof Uint8Array||n(e)==="[object Uint8Array]"}e.exports=isUint8Array},8858:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=-708.3964185322641;e.exports=t},1475:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4241);var a=n.NEGATIVE_INFINITY;e.exports=a},1277:e=>{
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
var t=255|0;e.exports=t},6990:(e,t,r)=>{
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
var n=r(4209);e.exports=n},4209:e=>{
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
var t=Function;e.exports=t},530:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8085);e.exports=n},8085:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2804);function isEven(e){return n(e/2)}e.exports=isEven},7234:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(661);e.exports=n},661:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(469);var a=r(1475);function isInfinite(e){return e===n||e===a}e.exports=isInfinite},2804:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3835);e.exports=n},3835:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2334);function isInteger(e){return n(e)===e}e.exports=isInteger},6523:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9382);e.exports=n},9382:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isnan(e){return e!==e}e.exports=isnan},3270:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8121);e.exports=n},8121:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(1475);function isNegativeZero(e){return e===0&&1/e===n}e.exports=isNegativeZero},7687:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9106);e.exports=n},9106:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(530);function isOdd(e){if(e>0){return n(e-1)}return n(e+1)}e.exports=isOdd},866:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7685);e.exports=n},7685:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(469);function isPositiveZero(e){return e===0&&1/e===n}e.exports=isPositiveZero},6260:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6443);e.exports=n},6443:e=>{
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
function abs(e){return Math.abs(e)}e.exports=abs},9827:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7841);e.exports=n},7841:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(5478);var i=r(6862);var o=r(7947);var s=r(35);var f=6123233995736766e-32;function asin(e){var t;var r;var l;var u;var c;if(n(e)){return NaN}if(e>0){l=e}else{t=true;l=-e}if(l>1){return NaN}if(l>.625){r=1-l;u=r*s(r);r=a(r+r);c=i-r;r=r*u-f;c-=r;c+=i}else{if(l<1e-8){return e}r=l*l;c=r*o(r);c=l*c+l}return t?-c:c}e.exports=asin},7947:e=>{
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
function evalrational(e){var t;var r;var n;if(e===0){return.16666666666666713}if(e<0){t=-e}else{t=e}if(t<=1){r=-8.198089802484825+e*(19.562619833175948+e*(-16.262479672107002+e*(5.444622390564711+e*(-.6019598008014124+e*.004253011369004428))));n=-49.18853881490881+e*(139.51056146574857+e*(-147.1791292232726+e*(70.49610280856842+e*(-14.740913729888538+e*1))))}else{e=1/e;r=.004253011369004428+e*(-.6019598008014124+e*(5.444622390564711+e*(-16.262479672107002+e*(19.562619833175948+e*-8.198089802484825))));n=1+e*(-14.740913729888538+e*(70.49610280856842+e*(-147.1791292232726+e*(139.51056146574857+e*-49.18853881490881))))}return r/n}e.exports=evalrational},35:e=>{
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
function evalrational(e){var t;var r;var n;if(e===0){return.08333333333333809}if(e<0){t=-e}else{t=e}if(t<=1){r=28.536655482610616+e*(-25.56901049652825+e*(6.968710824104713+e*(-.5634242780008963+e*.002967721961301243)));n=342.43986579130785+e*(-383.8770957603691+e*(147.0656354026815+e*(-21.947795316429207+e*1)))}else{e=1/e;r=.002967721961301243+e*(-.5634242780008963+e*(6.968710824104713+e*(-25.56901049652825+e*28.536655482610616)));n=1+e*(-21.947795316429207+e*(147.0656354026815+e*(-383.8770957603691+e*342.43986579130785)))}return r/n}e.exports=evalrational},1354:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(1165);e.exports=n},9530:e=>{
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
function evalrational(e){var t;var r;var n;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/n}e.exports=evalrational},1165:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(7260);var i=r(5478);var o=r(6260);var s=r(1851);var f=r(6310);var l=r(45);var u=r(5088);var c=r(9530);var d=10.900511;function beta(e,t){var r;var h;var A;var p;var v;var g;var m;if(n(e)||n(t)){return NaN}if(e<0||t<0){return NaN}if(t===1){return 1/e}if(e===1){return 1/t}m=e+t;if(m<u){v=m/e;v/=t;return v}if(m===e&&t<u){return 1/t}if(m===t&&e<u){return 1/e}if(e<t){g=t;t=e;e=g}h=e+d-.5;A=t+d-.5;p=m+d-.5;v=c(e)*(c(t)/c(m));r=e-.5-t;if(o(t*r)<p*100&&e>100){v*=s(r*a(-t/p))}else{v*=f(h/p,r)}if(p>1e10){v*=f(h/p*(A/p),t)}else{v*=f(h*A/(p*p),t)}v*=i(l/A);return v}e.exports=beta},9986:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4757);e.exports=n},4757:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9818).assign;function betainc(e,t,r,a,i){var o=[0,0];a=a===false?false:true;i=i===true?true:false;n(e,t,r,a,i,o,1,0);return o[0]}e.exports=betainc},2913:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var t=[+1276642195630063e-46,-3.401102254316749e-30,+1025680058010471e-43,-35475981581010704e-43,+14292273559424982e-41,-6831888753985767e-39,+39628370610464347e-38,-2.868042435334643e-20,+2683181998482699e-33,-3399615005417722e-31,+6221098041892606e-29,-1809129475572494e-26,+9.81082564692473e-9,-1384948176067564e-20,+.16663894804518634];var r=t.length;function dcseval(e){var n;var a;var i;var o;var s;if(e<-1.1||e>1.1){return NaN}i=0;o=0;n=2*e;for(s=0;s<r;s++){a=i;i=o;o=n*i-a+t[s]}return(o-a)*.5}e.exports=dcseval},9364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6310);var a=r(2913);var i=94906265.62425156;var o=3745194030963158e291;function gammaCorrection(e){if(e<10){return NaN}if(e>=o){return 0}if(e<i){return a(2*n(10/e,2)-1)/e}return 1/(e*12)}e.exports=gammaCorrection},5616:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3127);e.exports=n},3127:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(7711);var a=r(7260);var i=r(905);var o=r(2974);var s=r(8008);var f=r(1550);var l=r(4322);var u=r(1475);var c=r(469);var d=r(9364);function betaln(e,t){var r;var h;var A;h=s(e,t);A=o(e,t);if(h<0){return NaN}if(h===0){return c}if(A===c){return u}if(h>=10){r=d(h)+d(A)-d(h+A);return-.5*f(A)+l+r+(h-.5)*f(h/(h+A))+A*a(-h/(h+A))}if(A>=10){r=d(A)-d(h+A);return n(h)+r+h-h*f(h+A)+(A-.5)*a(-h/(h+A))}return f(i(h)*(i(A)/i(h+A)))}e.exports=betaln},7548:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7811);e.exports=n},7811:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6622);var a=r(469);var i=r(2804);var o=r(6523);var s=r(7687);var f=r(2334);var l=r(4370);function binomcoef(e,t){var r;var u;var c;var d;var h;var A;var p;if(o(e)||o(t)){return NaN}if(!i(e)||!i(t)){return NaN}if(t<0){return 0}u=1;if(e<0){e=-e+t-1;if(s(t)){u*=-1}}if(t>e){return 0}if(t===0||t===e){return u}if(t===1||t===e-1){return u*e}if(e-t<t){t=e-t}p=f(n/e);r=1;for(h=1;h<=t;h++){if(r>p){break}r*=e;r/=h;e-=1}if(h>t){return u*r}c=binomcoef(e,t-h+1);if(c===a){return u*c}d=binomcoef(t,t-h+1);A=l(c,d);c/=A;d/=A;r/=d;return u*r*c}e.exports=binomcoef},2558:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7073);e.exports=n},7073:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2804);var a=r(6523);var i=r(5616);var o=r(6260);var s=r(1550);var f=r(1475);function binomcoefln(e,t){if(a(e)||a(t)){return NaN}if(!n(e)||!n(t)){return NaN}if(e<0){return binomcoefln(-e+t-1,t)}if(t<0){return f}if(t===0){return 0}if(t===1){return s(o(e))}if(e<t){return f}if(e-t<2){return binomcoefln(e,e-t)}return-s(e+1)-i(e-t+1,t+1)}e.exports=binomcoefln},3385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7640);e.exports=n},7640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.ceil;e.exports=t},910:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9775);e.exports=n},9775:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5976);var a=r(3935);var i=r(7949);var o=r(2882);var s=r(7844);var f=[0,0];function copysign(e,t){var r;var l;i.assign(e,f,1,0);r=f[0];r&=a;l=o(t);l&=n;r|=l;return s(r,f[1])}e.exports=copysign},9191:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4274);e.exports=n},4274:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2882);var a=r(1567);var i=r(186);var o=r(3982);var s=r(3935);var f=r(222);var l=[0,0];var u=1072243195|0;var c=1044381696|0;function cos(e){var t;var r;t=n(e);t&=s;if(t<=u){if(t<c){return 1}return a(e,0)}if(t>=f){return NaN}r=o(e,l);switch(r&3){case 0:return a(l[0],l[1]);case 1:return-i(l[0],l[1]);case 2:return-a(l[0],l[1]);default:return i(l[0],l[1])}}e.exports=cos},988:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4387);e.exports=n},4387:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(1851);var i=r(3786);var o=r(469);var s=r(1475);var f=r(8300);var l=r(8018);var u=r(675);var c=r(5266);var d=r(8925);var h=r(1332);var A=r(516);var p=r(9101);var v=1e-300;var g=13877787807814457e-33;var m=.8450629115104675;var w=.12837916709551256;var y=1;var I=-.0023621185607526594;var b=1;var E=-.009864944034847148;var B=1;var x=-.0098649429247001;var C=1;function erfc(e){var t;var r;var S;var Q;var N;var M;var T;var F;if(n(e)){return NaN}if(e===o){return 0}if(e===s){return 2}if(e===0){return 1}if(e<0){t=true;r=-e}else{t=false;r=e}if(r<.84375){if(r<g){return 1-e}S=e*e;Q=w+S*f(S);N=y+S*l(S);M=Q/N;if(e<.25){return 1-(e+e*M)}Q=e*M;Q+=e-.5;return.5-Q}if(r<1.25){N=r-1;T=I+N*u(N);F=b+N*c(N);if(t){return 1+m+T/F}return 1-m-T/F}if(r<28){N=1/(r*r);if(r<2.857142857142857){Q=E+N*d(N);N=B+N*h(N)}else{if(e<-6){return 2-v}Q=x+N*A(N);N=C+N*p(N)}S=i(r,0);Q=a(-(S*S)-.5625)*a((S-r)*(S+r)+Q/N);if(t){return 2-Q/r}return Q/r}if(t){return 2-v}return v*v}e.exports=erfc},675:e=>{
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
function evalpoly(e){if(e===0){return 30.33806074348246}return 30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+e*-22.44095244658582)))))}e.exports=evalpoly},6567:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(3291);var a=r(1589);function expmulti(e,t,r){var i;var o;var s;var f;i=e-t;o=i*i;s=i-o*a(o);f=1-(t-i*s/(2-s)-e);return n(f,r)}e.exports=expmulti},1851:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(1878);e.exports=n},1878:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(1262);var i=r(1475);var o=r(469);var s=r(6567);var f=.6931471803691238;var l=1.9082149292705877e-10;var u=1.4426950408889634;var c=709.782712893384;var d=-745.1332191019411;var h=1/(1<<28);var A=-h;function exp(e){var t;var r;var p;if(n(e)||e===o){return e}if(e===i){return 0}if(e>c){return o}if(e<d){return 0}if(e>A&&e<h){return 1+e}if(e<0){p=a(u*e-.5)}else{p=a(u*e+.5)}t=e-p*f;r=p*l;return s(t,r,p)}e.exports=exp},1589:e=>{
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
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},141:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6172);e.exports=n},6172:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(2882);var i=r(5990);var o=r(7844);var s=r(469);var f=r(1475);var l=r(1877);var u=r(9475);var c=r(6736);var d=709.782712893384;var h=.6931471803691238;var A=1.9082149292705877e-10;var p=1.4426950408889634;var v=38.816242111356935;var g=1.0397207708399179;function expm1(e){var t;var r;var m;var w;var y;var I;var b;var E;var B;var x;var C;var S;var Q;if(e===s||n(e)){return e}if(e===f){return-1}if(e===0){return e}if(e<0){m=true;E=-e}else{m=false;E=e}if(E>=v){if(m){return-1}if(E>=d){return s}}I=a(E)|0;if(E>u){if(E<g){if(m){w=e+h;y=-A;Q=-1}else{w=e-h;y=A;Q=1}}else{if(m){Q=p*e-.5}else{Q=p*e+.5}Q|=0;C=Q;w=e-C*h;y=C*A}e=w-y;x=w-e-y}else if(I<1016070144){return e}else{Q=0}t=.5*e;B=e*t;b=1+B*c(B);C=3-b*t;S=B*((b-C)/(6-e*C));if(Q===0){return e-(e*S-B)}r=o(l+Q<<20,0);S=e*(S-x)-x;S-=B;if(Q===-1){return.5*(e-S)-.5}if(Q===1){if(e<-.25){return-2*(S-(e+.5))}return 1+2*(e-S)}if(Q<=-2||Q>56){E=1-(S-e);if(Q===1024){w=a(E)+(Q<<20)|0;E=i(E,w)}else{E*=r}return E-1}C=1;if(Q<20){w=1072693248-(2097152>>Q)|0;C=i(C,w);E=C-(S-e)}else{w=l-Q<<20|0;C=i(C,w);E=e-(S+C);E+=1}E*=r;return E}e.exports=expm1},6736:e=>{
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
function evalpoly(e){if(e===0){return-.03333333333333313}return-.03333333333333313+e*(.0015873015872548146+e*(-793650757867488e-19+e*(4008217827329362e-21+e*-2.0109921818362437e-7)))}e.exports=evalpoly},9119:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2938);e.exports=n},2938:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6523);var a=r(2804);var i=r(905);var o=r(469);var s=r(313);var f=r(7994);function factorial(e){if(n(e)){return NaN}if(a(e)){if(e<0){return NaN}if(e<=s){return f[e]}return o}return i(e+1)}e.exports=factorial},2334:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5681);e.exports=n},5681:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.floor;e.exports=t},1011:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2950);var a=r(905);var i=r(7260);var o=r(6260);var s=r(1851);var f=r(6310);var l=r(5088);var u=r(45);var c=r(3822);var d=r(313);var h=4269068009004705e289;function gammaDeltaRatioLanczos(e,t){var r;var A;var p;if(e<l){if(t>=d){A=gammaDeltaRatioLanczos(t,d-t);A*=e;A*=h;return 1/A}return 1/(e*a(e+t))}p=e+c-.5;if(e+t===e){if(o(t/p)<l){r=s(-t)}else{r=1}}else{if(o(t)<10){r=s((.5-e)*i(t/p))}else{r=f(p/(p+t),e-.5)}r*=n(e)/n(e+t)}r*=f(u/(p+t),t);return r}e.exports=gammaDeltaRatioLanczos},4320:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2503);e.exports=n},2503:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6260);var a=r(2334);var i=r(905);var o=r(9119);var s=r(313);var f=r(1011);function gammaDeltaRatio(e,t){var r;var l;var u;if(e<=0||e+t<=0){return i(e)/i(e+t)}l=a(t);if(l===t){u=a(e);if(u===e){if(e<=s&&e+t<=s){return o(u-1)/o(l+u-1)}}if(n(t)<20){if(t===0){return 1}if(t<0){e-=1;r=e;t+=1;while(t!==0){e-=1;r*=e;t+=1}return r}r=1/e;t-=1;while(t!==0){e+=1;r/=e;t-=1}return r}}return f(e,t)}e.exports=gammaDeltaRatio},2638:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2193);e.exports=n},2193:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(9497);e.exports=n},9497:e=>{
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
function evalrational(e){var t;var r;var n;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/n}e.exports=evalrational},2950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2185);e.exports=n},2185:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(350);e.exports=n},350:e=>{
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
function evalrational(e){var t;var r;var n;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=38474670393.31777+e*(36857665043.51951+e*(15889202453.72942+e*(4059208354.298835+e*(680547661.1834733+e*(78239755.00312005+e*(6246580.776401795+e*(341986.3488721347+e*(12287.194511824551+e*(261.61404416416684+e*2.5066282746310007)))))))));n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=2.5066282746310007+e*(261.61404416416684+e*(12287.194511824551+e*(341986.3488721347+e*(6246580.776401795+e*(78239755.00312005+e*(680547661.1834733+e*(4059208354.298835+e*(15889202453.72942+e*(36857665043.51951+e*38474670393.31777)))))))));n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/n}e.exports=evalrational},905:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9848);e.exports=n},9848:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(2804);var i=r(3270);var o=r(6260);var s=r(2334);var f=r(1794);var l=r(469);var u=r(1475);var c=r(9701);var d=r(101);var h=r(6630);var A=r(3381);function gamma(e){var t;var r;var p;var v;if(a(e)&&e<0||e===u||n(e)){return NaN}if(e===0){if(i(e)){return u}return l}if(e>171.61447887182297){return l}if(e<-170.5674972726612){return 0}r=o(e);if(r>33){if(e>=0){return d(e)}p=s(r);if((p&1)===0){t=-1}else{t=1}v=r-p;if(v>.5){p+=1;v=r-p}v=r*f(c*v);return t*c/(o(v)*d(r))}v=1;while(e>=3){e-=1;v*=e}while(e<0){if(e>-1e-9){return h(e,v)}v/=e;e+=1}while(e<2){if(e<1e-9){return h(e,v)}v/=e;e+=1}if(e===2){return v}e-=2;return v*A(e)}e.exports=gamma},6886:e=>{
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
function evalrational(e){var t;var r;var n;if(e===0){return 1}if(e<0){t=-e}else{t=e}if(t<=1){r=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0))))));n=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))}else{e=1/e;r=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1))))));n=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))}return r/n}e.exports=evalrational},6630:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2404);function gamma(e,t){return t/((1+n*e)*e)}e.exports=gamma},101:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2385);var a=r(6310);var i=r(1851);var o=r(6886);var s=143.01608;function gamma(e){var t;var r;var f;t=1/e;t=1+t*o(t);r=i(e);if(e>s){f=a(e,.5*e-.25);r=f*(f/r)}else{r=a(e,e-.5)/r}return n*r*t}e.exports=gamma},7186:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7013);e.exports=n},3256:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(1550);var a=r(5088);var i=r(8280);var o=r(1440);var s=r(7492);var f=.15896368026733398;var l=.5281534194946289;var u=.45201730728149414;function lgammaSmallImp(e,t,r){var c;var d;var h;var A;if(e<a){return-n(e)}if(t===0||r===0){return 0}d=0;if(e>2){if(e>=3){do{e-=1;r-=1;d+=n(e)}while(e>=3);r=e-2}h=r*(e+1);A=i(r);d+=h*f+h*A;return d}if(e<1){d+=-n(e);r=t;t=e;e+=1}if(e<=1.5){h=o(t);c=t*r;d+=c*l+c*h;return d}h=r*t;A=s(-r);d+=h*u+h*A;return d}e.exports=lgammaSmallImp},7013:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(905);var a=r(141);var i=r(7260);var o=r(6523);var s=r(3256);function gamma1pm1(e){if(o(e)){return NaN}if(e<0){if(e<-.5){return n(1+e)-1}return a(-i(e)+s(e+2,e+1,e))}if(e<2){return a(s(e+1,e,e-1))}return n(1+e)-1}e.exports=gamma1pm1},8280:e=>{
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
function evalrational(e){var t;var r;var n;if(e===0){return-.01803556856784494}if(e<0){t=-e}else{t=e}if(t<=1){r=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0))))));n=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-2.2335276320861708e-7))))))}else{e=1/e;r=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494))))));n=-2.2335276320861708e-7+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))}return r/n}e.exports=evalrational},1440:e=>{
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
function evalrational(e){var t;var r;var n;if(e===0){return.04906224540690395}if(e<0){t=-e}else{t=e}if(t<=1){r=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955)))));n=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))}else{e=1/e;r=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395)))));n=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))}return r/n}e.exports=evalrational},7492:e=>{
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
function evalrational(e){var t;var r;var n;if(e===0){return-.029232972183027003}if(e<0){t=-e}else{t=e}if(t<=1){r=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0)))));n=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8.271935218912905e-7)))))}else{e=1/e;r=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003)))));n=-8.271935218912905e-7+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))}return r/n}e.exports=evalrational},7078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(1851);function finiteGammaQ(e,t){var r;var a;var i;var o;i=n(-t);a=i;if(a!==0){r=a;for(o=1;o<e;++o){r/=o;r*=t;a+=r}}return a}e.exports=finiteGammaQ},5120:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(988);var a=r(5478);var i=r(1851);var o=r(9701);function finiteHalfGammaQ(e,t){var r;var s;var f;var l;var u;l=n(a(t));if(l!==0&&e>1){s=i(-t)/a(o*t);s*=t;r=.5;s/=r;f=s;for(u=2;u<e;++u){s/=u-r;s*=t;f+=s}l+=f}return l}e.exports=finiteHalfGammaQ},5852:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(1851);var a=r(6310);var i=r(1550);var o=r(4193);var s=r(7999);function fullIGammaPrefix(e,t){var r;var f;f=e*i(t);if(t>=1){if(f<o&&-t>s){r=a(t,e)*n(-t)}else if(e>=1){r=a(t/n(t/e),e)}else{r=n(f-t)}}else{if(f>s){r=a(t,e)*n(-t)}else if(t/e<o){r=a(t/n(t/e),e)}else{r=n(f-t)}}return r}e.exports=fullIGammaPrefix},6144:(e,t,r)=>{
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
var n=r(2334);var a=r(905);var i=r(6260);var o=r(6310);var s=r(1550);var f=r(8159);var l=r(3424);var u=r(4193);var c=r(3781);var d=r(7078);var h=r(5120);var A=r(5852);var p=r(712);var v=r(7178);var g=r(4175);var m=r(97);var w=r(386);function igammaFinal(e,t,r,y){var I;var b;var E;var B;var x;var C;var S;var Q;var N;var M;var T;var F;var U;var R;S=0;Q=y;C=t<30&&t<=e+1&&e<u;if(C){U=n(t);N=U===t;E=N?false:i(U-t)===.5}else{N=false;E=false}if(N&&e>.6){Q=!Q;b=0}else if(E&&e>.2){Q=!Q;b=1}else if(e<f&&t>1){b=6}else if(e>1e3&&(t<e||i(t-50)/e<1)){Q=!Q;b=7}else if(e<.5){if(-.4/s(e)<t){b=2}else{b=3}}else if(e<1.1){if(e*.75<t){b=2}else{b=3}}else{x=false;if(r&&t>20){M=i((e-t)/t);if(t>200){if(20/t>M*M){x=true}}else if(M<.4){x=true}}if(x){b=5}else if(e-1/(3*e)<t){b=2}else{b=4;Q=!Q}}switch(b){case 0:S=d(t,e);if(r===false){S*=a(t)}break;case 1:S=h(t,e);if(r===false){S*=a(t)}break;case 2:S=r?g(t,e):A(t,e);if(S!==0){B=0;I=false;if(Q){B=r?1:a(t);if(r||S>=1||l*S>B){B/=S;if(r||t<1||l/t>B){B*=-t;I=true}else{B=0}}else{B=0}}S*=v(t,e,B)/t;if(I){Q=false;S=-S}}break;case 3:Q=!Q;T=m(t,e,Q);S=T[0];R=T[1];Q=false;if(r){S/=R}break;case 4:S=r?g(t,e):A(t,e);if(S!==0){S*=w(t,e)}break;case 5:S=p(t,e);if(e>=t){Q=!Q}break;case 6:S=r?o(e,t)/a(t+1):o(e,t)/t;S*=1-t*e/(t+1);break;case 7:S=r?g(t,e):A(t,e);S/=e;if(S!==0){S*=c(t,e)}break}if(r&&S>1){S=1}if(Q){F=r?1:a(t);S=F-S}return S}e.exports=igammaFinal},712:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2096);var a=r(5430);var i=r(988);var o=r(5478);var s=r(1851);var f=r(4739);var l=r(4410);var u=r(5273);var c=r(736);var d=r(8135);var h=r(6870);var A=r(7589);var p=r(3164);var v=r(8099);var g=r(9413);var m=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(e,t){var r;var w;var y;var I;var b;w=(t-e)/e;y=-a(w);I=e*y;b=o(2*y);if(t<e){b=-b}m[0]=l(b);m[1]=u(b);m[2]=c(b);m[3]=d(b);m[4]=h(b);m[5]=A(b);m[6]=p(b);m[7]=v(b);m[8]=g(b);m[9]=-.0005967612901927463;r=n(m,1/e);r*=s(-I)/o(f*e);if(t<e){r=-r}r+=i(o(I))/2;return r}e.exports=igammaTemmeLarge},5479:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3218);e.exports=n},7178:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6491);var a=r(3027);function lowerGammaSeries(e,t,r){var i;var o;r=r||0;o=a(e,t);i=n(o,{initialValue:r});return i}e.exports=lowerGammaSeries},3027:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function lowerIncompleteGammaSeries(e,t){var r=1;var n=e;var a=t;return next;function next(){var e=r;n+=1;r*=a/n;return e}}e.exports=lowerIncompleteGammaSeries},3218:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(7711);var a=r(1851);var i=r(1550);var o=r(2385);var s=r(4193);var f=r(469);var l=r(313);var u=r(6144);var c=r(7178);var d=r(386);function gammainc(e,t,r,h){var A;var p;var v;var g;if(e<0||t<=0){return NaN}A=r===void 0?true:r;v=h;if(t>=l&&!A){if(v&&t*4<e){g=t*i(e)-e;g+=i(d(t,e))}else if(!v&&t>4*e){g=t*i(e)-e;p=0;g+=i(c(t,e,p)/t)}else{g=u(e,t,true,v);if(g===0){if(v){g=1+1/(12*t)+1/(288*t*t);g=i(g)-t+(t-.5)*i(t);g+=i(o)}else{g=t*i(e)-e;p=0;g+=i(c(t,e,p)/t)}}else{g=i(g)+n(t)}}if(g>s){return f}return a(g)}return u(e,t,A,v)}e.exports=gammainc},4410:e=>{
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
function evalpoly(e){if(e===0){return-.0006526239185953094}return-.0006526239185953094+e*(.0008394987206720873+e*-.000438297098541721)}e.exports=evalpoly},4175:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2638);var a=r(7711);var i=r(905);var o=r(5430);var s=r(5478);var f=r(6260);var l=r(1851);var u=r(6310);var c=r(2974);var d=r(8008);var h=r(1550);var A=r(3424);var p=r(4193);var v=r(7999);var g=r(3822);var m=r(45);function regularisedGammaPrefix(e,t){var r;var w;var y;var I;var b;var E;var B;y=e+g-.5;B=(t-e-g+.5)/y;if(e<1){if(t<=v||e<1/A){return l(e*h(t)-t-a(e))}return u(t,e)*l(-t)/i(e)}if(f(B*B*e)<=100&&e>150){r=e*o(B)+t*(.5-g)/y;r=l(r)}else{I=e*h(t/y);b=e-t;if(d(I,b)<=v||c(I,b)>=p){w=b/e;if(d(I,b)/2>v&&c(I,b)/2<p){E=u(t/y,e/2)*l(b/2);r=E*E}else if(d(I,b)/4>v&&c(I,b)/4<p&&t>e){E=u(t/y,e/4)*l(b/4);r=E*E;r*=r}else if(w>v&&w<p){r=u(t*l(w)/y,e)}else{r=l(I+b)}}else{r=u(t/y,e)*l(b)}}r*=s(y/m)/n(e);return r}e.exports=regularisedGammaPrefix},7708:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function smallGamma2Series(e,t){var r;var n;var a;var i;r=-t;t=-t;n=e+1;a=1;return next;function next(){i=r/n;r*=t;a+=1;r/=a;n+=1;return i}}e.exports=smallGamma2Series},3781:(e,t,r)=>{
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
var n=r(6491);var a=r(4809);function tgammaILargeX(e,t){var r;var i;i=a(e,t);r=n(i);return r}e.exports=tgammaILargeX},4809:e=>{
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
function tgammaILargeXSeries(e,t){var r=1;var n=e;var a=t;return next;function next(){var e=r;r*=n/a;n-=1;return e}}e.exports=tgammaILargeXSeries},97:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(4756);var a=r(6491);var i=r(7186);var o=r(7708);function tgammaSmallUpperPart(e,t,r){var s;var f;var l;var u;var c;f=i(e);l=(f+1)/e;u=n(t,e);f-=u;f/=e;c=o(e,t);u+=1;s=r?l:0;f=-u*a(c,{initialValue:(s-f)/u});if(r){f=-f}return[f,l]}e.exports=tgammaSmallUpperPart},386:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(508);var a=r(2923);function upperGammaFraction(e,t){var r=a(e,t);return 1/(t-e+1+n(r))}e.exports=upperGammaFraction},2923:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function upperIncompleteGammaFract(e,t){var r=t-e+1;var n=e;var a=0;return next;function next(){a+=1;r+=2;return[a*(n-a),r]}}e.exports=upperIncompleteGammaFract},7711:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8554);e.exports=n},8554:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(7234);var i=r(6260);var o=r(1550);var s=r(1262);var f=r(8901);var l=r(9701);var u=r(469);var c=r(9303);var d=r(5690);var h=r(1271);var A=r(7120);var p=r(2778);var v=r(6503);var g=r(2352);var m=r(7942);var w=r(5059);var y=r(9596);var I=.07721566490153287;var b=.3224670334241136;var E=1;var B=-.07721566490153287;var x=.48383612272381005;var C=-.1475877229945939;var S=.06462494023913339;var Q=-.07721566490153287;var N=1;var M=.4189385332046727;var T=1.4616321449683622;var F=4503599627370496;var U=72057594037927940;var R=13877787807814457e-33;var L=1.4616321449683622;var k=-.12148629053584961;var P=-3638676997039505e-33;function gammaln(e){var t;var r;var D;var q;var G;var Y;var V;var H;var W;var O;var z;var Z;var j;if(n(e)||a(e)){return e}if(e===0){return u}if(e<0){t=true;e=-e}else{t=false}if(e<R){return-o(e)}if(t){if(e>=F){return u}W=f(e);if(W===0){return u}r=o(l/i(W*e))}if(e===1||e===2){return 0}if(e<2){if(e<=.9){j=-o(e);if(e>=T-1+.27){z=1-e;D=0}else if(e>=T-1-.27){z=e-(L-1);D=1}else{z=e;D=2}}else{j=0;if(e>=T+.27){z=2-e;D=0}else if(e>=T-.27){z=e-L;D=1}else{z=e-1;D=2}}switch(D){case 0:Z=z*z;Y=I+Z*c(Z);G=Z*(b+Z*d(Z));V=z*Y+G;j+=V-.5*z;break;case 1:Z=z*z;O=Z*z;Y=x+O*p(O);G=C+O*v(O);q=S+O*g(O);V=Z*Y-(P-O*(G+z*q));j+=k+V;break;case 2:Y=z*(Q+z*m(z));G=N+z*w(z);j+=-.5*z+Y/G;break}}else if(e<8){D=s(e);z=e-D;V=z*(B+z*A(z));H=E+z*h(z);j=.5*z+V/H;Z=1;switch(D){case 7:Z*=z+6;case 6:Z*=z+5;case 5:Z*=z+4;case 4:Z*=z+3;case 3:Z*=z+2;j+=o(Z)}}else if(e<U){W=o(e);Z=1/e;z=Z*Z;O=M+Z*y(z);j=(e-.5)*(W-1)+O}else{j=e*(o(e)-1)}if(t){j=r-j}return j}e.exports=gammaln},9303:e=>{
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
function gcd(e,t){var r=1;var n;if(e===0){return t}if(t===0){return e}while(e%2===0&&t%2===0){e/=2;t/=2;r*=2}while(e%2===0){e/=2}while(t){while(t%2===0){t/=2}if(e>t){n=t;t=e;e=n}t-=e}return r*e}e.exports=gcd},9216:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var r=0;var n;if(e===0){return t}if(t===0){return e}while((e&1)===0&&(t&1)===0){e>>>=1;t>>>=1;r+=1}while((e&1)===0){e>>>=1}while(t){while((t&1)===0){t>>>=1}if(e>t){n=t;t=e;e=n}t-=e}return e<<r}e.exports=gcd},4370:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(1413);e.exports=n},1413:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6523);var a=r(2804);var i=r(469);var o=r(1475);var s=r(3960);var f=r(9216);var l=r(512);function gcd(e,t){if(n(e)||n(t)){return NaN}if(e===i||t===i||e===o||t===o){return NaN}if(!(a(e)&&a(t))){return NaN}if(e<0){e=-e}if(t<0){t=-t}if(e<=s&&t<=s){return f(e,t)}return l(e,t)}e.exports=gcd},9061:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(141);var i=r(2334);var o=r(7260);var s=r(9827);var f=r(1354);var l=r(5478);var u=r(1851);var c=r(6310);var d=r(2974);var h=r(8008);var A=r(3424);var p=r(5417);var v=r(3960);var g=r(7934);var m=r(9701);var w=r(1471);var y=r(1402);var I=r(6005);var b=r(2148);var E=r(7531);var B=r(9140);var x=r(6203);var C=1/m;function ibetaImp(e,t,r,S,Q,N,M,T){var F;var U;var R;var L;var k;var P;var D;var q;var G;var Y;var V;var H;H=1-e;D=T;q=T+M;N[q]=-1;if(n(e)||e<0||e>1){N[D]=NaN;N[q]=NaN;return N}if(S){if(t<0||r<0){N[D]=NaN;N[q]=NaN;return N}if(t===0){if(r===0){N[D]=NaN;N[q]=NaN;return N}if(r>0){N[D]=Q?0:1;return N}}else if(r===0){if(t>0){N[D]=Q?1:0;return N}}}else if(t<=0||r<=0){N[D]=NaN;N[q]=NaN;return N}if(e===0){if(t===1){N[q]=1}else{N[q]=t<1?A/2:p*2}if(Q){N[D]=S?1:f(t,r);return N}N[D]=0;return N}if(e===1){if(r===1){N[q]=1}else{N[q]=r<1?A/2:p*2}if(Q){N[D]=0}else{N[D]=S?1:f(t,r)}return N}if(t===.5&&r===.5){N[q]=C*l(H*e);V=Q?s(l(H)):s(l(e));V/=g;if(!S){V*=m}N[D]=V;return N}if(t===1){P=r;r=t;t=P;P=H;H=e;e=P;Q=!Q}if(r===1){if(t===1){N[D]=Q?H:e;N[q]=1;return N}N[q]=t*c(e,t-1);if(H<.5){V=Q?-a(t*o(-H)):u(t*o(-H))}else{V=Q?-(c(e,t)-1):c(e,t)}if(!S){V/=t}N[D]=V;return N}if(h(t,r)<=1){if(e>.5){P=r;r=t;t=P;P=H;H=e;e=P;Q=!Q}if(d(t,r)<=1){if(t>=h(.2,r)||c(e,t)<=.9){if(Q){R=-(S?1:f(t,r));Q=false;R=-x(t,r,e,R,S,N,H)}else{R=x(t,r,e,0,S,N,H)}}else{P=r;r=t;t=P;P=H;H=e;e=P;Q=!Q;if(H>=.3){if(Q){R=-(S?1:f(t,r));Q=false;R=-x(t,r,e,R,S,N,H)}else{R=x(t,r,e,0,S,N,H)}}else{if(S){U=1}else{U=y(t+r,t,20)}R=B(t,r,e,H,20,S,N);if(Q){R-=S?1:f(t,r);Q=false;R=-w(t+20,r,e,H,R,U,S)}else{R=w(t+20,r,e,H,R,U,S)}}}}else if(r<=1||e<.1&&c(r*e,t)<=.7){if(Q){R=-(S?1:f(t,r));Q=false;R=-x(t,r,e,R,S,N,H)}else{R=x(t,r,e,0,S,N,H)}}else{P=r;r=t;t=P;P=H;H=e;e=P;Q=!Q;if(H>=.3){if(Q){R=-(S?1:f(t,r));Q=false;R=-x(t,r,e,R,S,N,H)}else{R=x(t,r,e,0,S,N,H)}}else if(t>=15){if(Q){R=-(S?1:f(t,r));Q=false;R=-w(t,r,e,H,R,1,S)}else{R=w(t,r,e,H,0,1,S)}}else{if(S){U=1}else{U=y(t+r,t,20)}R=B(t,r,e,H,20,S,N);if(Q){R-=S?1:f(t,r);Q=false;R=-w(t+20,r,e,H,R,U,S)}else{R=w(t+20,r,e,H,R,U,S)}}}}else{if(t<r){F=t-(t+r)*e}else{F=(t+r)*H-r}if(F<0){P=r;r=t;t=P;P=H;H=e;e=P;Q=!Q}if(r<40){if(i(t)===t&&i(r)===r&&t<v-100){G=t-1;Y=r+G;R=E(Y,G,e,H);if(!S){R*=f(t,r)}}else if(r*e<=.7){if(Q){R=-(S?1:f(t,r));Q=false;R=-x(t,r,e,R,S,N,H)}else{R=x(t,r,e,0,S,N,H)}}else if(t>15){Y=i(r);if(Y===r){Y-=1}L=r-Y;if(S){U=1}else{U=y(t+L,L,Y)}R=B(L,t,H,e,Y,S);R=w(t,L,e,H,R,1,S);R/=U}else if(S){Y=i(r);L=r-Y;if(L<=0){Y-=1;L+=1}R=B(L,t,H,e,Y,S);R+=B(t,L,e,H,20,S);if(Q){R-=1}R=w(t+20,L,e,H,R,1,S);if(Q){R=-R;Q=false}}else{R=b(t,r,e,H,S,N)}}else{R=b(t,r,e,H,S,N)}}if(N[q]<0){N[q]=I(t,r,e,H,true)}k=H*e;if(N[q]!==0){if(A*k<N[q]){N[q]=A/2}else{N[q]/=k}}N[D]=Q?(S?1:f(t,r))-R:R;return N}e.exports=ibetaImp},1471:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(4320);var a=r(9119);var i=r(5479);var o=r(7260);var s=r(6260);var f=r(6310);var l=r(1550);var u=r(5417);var c=r(5088);var d=r(7499);var h=r(4141);var A=new Array(30);function betaSmallBLargeASeries(e,t,r,p,v,g,m){var w;var y;var I;var b;var E;var B;var x;var C;var S;var Q;var N;var M;var T;var F;var U;var R;var L;var k;B=t-1;L=e+B/2;if(p<.35){Q=o(-p)}else{Q=l(r)}k=-L*Q;M=h(t,k);if(M<=u){return v}if(m){w=M/n(e,t);w/=f(L,t)}else{w=d(t,k)/f(L,t)}w*=g;A[0]=1;T=i(k,t,true,true);T/=M;b=v+w*T;I=1;x=Q/2;x*=x;C=1;N=4*L*L;E=t;for(U=1;U<A.length;++U){I+=2;A[U]=0;S=t-U;y=3;for(F=1;F<U;++F){S=F*t-U;A[U]+=S*A[U-F]/a(y);y+=2}A[U]/=U;A[U]+=B/a(I);T=(E*(E+1)*T+(k+E+1)*C)/N;C*=x;E+=2;R=w*A[U]*T;b+=R;if(R>1){if(s(R)<s(c*b)){break}}else if(s(R/c)<s(b)){break}}return b}e.exports=betaSmallBLargeASeries},7531:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(7548);var a=r(2334);var i=r(6310);var o=r(5417);function binomialCCDF(e,t,r,s){var f;var l;var u;var c;var d;l=i(r,e);if(l>o){c=l;for(d=a(e-1);d>t;d--){c*=(d+1)*s/((e-d)*r);l+=c}}else{u=a(e*r);if(u<=t+1){u=a(t+2)}l=i(r,u)*i(s,e-u);l*=n(a(e),a(u));if(l===0){for(d=u-1;d>t;d--){l+=i(r,d)*i(s,e-d);l*=n(a(e),a(d))}}else{c=l;f=l;for(d=u-1;d>t;d--){c*=(d+1)*s/((e-d)*r);l+=c}c=f;for(d=u+1;d<=e;d++){c*=(e-d+1)*r/(d*s);l+=c}}}return l}e.exports=binomialCCDF},7499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(1851);var a=r(6310);var i=r(1550);var o=r(4193);var s=r(7999);function fullIGammaPrefix(e,t){var r;var f;f=e*i(t);if(t>=1){if(f<o&&-t>s){r=a(t,e)*n(-t)}else if(e>=1){r=a(t/n(t/e),e)}else{r=n(f-t)}}else if(f>s){r=a(t,e)*n(-t)}else if(t/e<o){r=a(t/n(t/e),e)}else{r=n(f-t)}return r}e.exports=fullIGammaPrefix},9140:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6005);function ibetaAStep(e,t,r,a,i,o,s){var f;var l;var u;var c;f=n(e,t,r,a,o);if(s){s[1]=f}f/=e;if(f===0){return f}u=1;l=1;for(c=0;c<i-1;++c){l*=(e+t+c)*r/(e+c+1);u+=l}f*=u;return f}e.exports=ibetaAStep},2148:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(508);var a=r(6005);var i={keep:true,maxIter:1e3};function ibetaFraction2t(e,t,r,n){var a=0;return next;function next(){var i;var o;var s;o=(e+a-1)*(e+t+a-1)*a*(t-a)*r*r;i=e+2*a-1;o/=i*i;s=a;s+=a*(t-a)*r/(e+2*a-1);s+=(e+a)*(e*n-t*r+1+a*(2-r))/(e+2*a+1);a+=1;return[o,s]}}function ibetaFraction2(e,t,r,o,s,f){var l;var u;var c;l=a(e,t,r,o,s);if(f){f[1]=l}if(l===0){return l}c=ibetaFraction2t(e,t,r,o);u=n(c,i);return l/u}e.exports=ibetaFraction2},6005:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2638);var a=r(9594);var i=r(9912);var o=r(141);var s=r(7260);var f=r(5478);var l=r(6260);var u=r(1851);var c=r(6310);var d=r(8008);var h=r(1550);var A=r(4193);var p=r(7999);var v=r(3822);var g=r(45);function ibetaPowerTerms(e,t,r,m,w){var y;var I;var b;var E;var B;var x;var C;var S;var Q;var N;var M;var T;var F;var U;if(!w){return c(r,e)*c(m,t)}F=e+t;E=e+v-.5;B=t+v-.5;x=F+v-.5;y=n(F);y/=n(e)*n(t);y*=f(B/g);y*=f(E/x);C=(r*t-m*E)/E;S=(m*e-r*B)/B;if(i(C,S)<.2){if(C*S>0||d(e,t)<1){if(l(C)<.1){y*=u(e*s(C))}else{y*=c(r*x/E,e)}if(l(S)<.1){y*=u(t*s(S))}else{y*=c(m*x/B,t)}}else if(a(C,S)<.5){I=e<t;b=t/e;if(I&&b*S<.1||!I&&C/b>.1){Q=o(b*s(S));Q=C+Q+Q*C;Q=e*s(Q);y*=u(Q)}else{Q=o(s(C)/b);Q=S+Q+Q*S;Q=t*s(Q);y*=u(Q)}}else if(l(C)<l(S)){U=e*s(C)+t*h(m*x/B);if(U<=p||U>=A){U+=h(y);if(U>=A){return NaN}y=u(U)}else{y*=u(U)}}else{U=t*s(S)+e*h(r*x/E);if(U<=p||U>=A){U+=h(y);if(U>=A){return NaN}y=u(U)}else{y*=u(U)}}}else{M=r*x/E;T=m*x/B;C=e*h(M);S=t*h(T);if(C>=A||C<=p||S>=A||S<=p){if(e<t){N=c(T,t/e);Q=e*(h(M)+h(N));if(Q<A&&Q>p){y*=c(N*M,e)}else{S+=C+h(y);if(S>=A){return NaN}y=u(S)}}else{N=c(M,e/t);Q=(h(N)+h(T))*t;if(Q<A&&Q>p){y*=c(N*T,t)}else{S+=C+h(y);if(S>=A){return NaN}y=u(S)}}}else{y*=c(M,e)*c(T,t)}}return y}e.exports=ibetaPowerTerms},6203:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2638);var a=r(6491);var i=r(7260);var o=r(5478);var s=r(1851);var f=r(6310);var l=r(1550);var u=r(5417);var c=r(4193);var d=r(7999);var h=r(3822);var A=r(45);var p={maxTerms:100};function ibetaSeriesT(e,t,r,n){var a=1-t;var i=1;return next;function next(){var t=n/e;e+=1;n*=a*r/i;i+=1;a+=1;return t}}function ibetaSeries(e,t,r,v,g,m,w){var y;var I;var b;var E;var B;var x;var C;var S;if(g){C=e+t;I=e+h-.5;b=t+h-.5;E=C+h-.5;y=n(C)/(n(e)*n(t));B=l(E/b)*(t-.5);x=l(r*E/I)*e;if(B>d&&B<c&&x>d&&x<c){if(e*t<b*10){y*=s((t-.5)*i(e/b))}else{y*=f(E/b,t-.5)}y*=f(r*E/I,e);y*=o(I/A);if(m){m[1]=y*f(w,t)}}else{y=l(y)+B+x+(l(I)-1)/2;if(m){m[1]=s(y+t*l(w))}y=s(y)}}else{y=f(r,e)}if(y<u){return v}S=ibetaSeriesT(e,t,r,y);p.initialValue=v;return a(S,p)}e.exports=ibetaSeries},9818:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var a=r(4573);var i=r(9061);n(a,"assign",i);e.exports=a},4573:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9061);function kernelBetainc(e,t,r,a,i){return n(e,t,r,a,i,[0,0],1,0)}e.exports=kernelBetainc},4141:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2638);var a=r(7711);var i=r(905);var o=r(7260);var s=r(5478);var f=r(6260);var l=r(1851);var u=r(6310);var c=r(2974);var d=r(8008);var h=r(1550);var A=r(4193);var p=r(7999);var v=r(3822);var g=r(45);function regularizedGammaPrefix(e,t){var r;var m;var w;var y;var I;var b;var E;w=e+v-.5;E=(t-e-v+.5)/w;if(e<1){if(t<=p){return l(e*h(t)-t-a(e))}return u(t,e)*l(-t)/i(e)}if(f(E*E*e)<=100&&e>150){r=e*(o(E)-E)+t*(.5-v)/w;r=l(r)}else{y=e*h(t/w);I=e-t;if(d(y,I)<=p||c(y,I)>=A){m=I/e;if(d(y,I)/2>p&&c(y,I)/2<A){b=u(t/w,e/2)*l(I/2);r=b*b}else if(d(y,I)/4>p&&c(y,I)/4<A&&t>e){b=u(t/w,e/4)*l(I/4);r=b*b;r*=r}else if(m>p&&m<A){r=u(t*l(m)/w,e)}else{r=l(y+I)}}else{r=u(t/w,e)*l(I)}}r*=s(w/g)/n(e);return r}e.exports=regularizedGammaPrefix},1402:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
function risingFactorialRatio(e,t,r){var n;var a;if(r===0){return 1}n=1;for(a=0;a<r;a++){n*=(e+a)/(t+a)}return n}e.exports=risingFactorialRatio},1567:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4010);e.exports=n},4010:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(5732);var a=r(3242);function kernelCos(e,t){var r;var i;var o;var s;s=e*e;o=s*s;i=s*n(s);i+=o*o*a(s);r=.5*s;o=1-r;return o+(1-o-r+(s*i-e*t))}e.exports=kernelCos},5732:e=>{
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
function evalpoly(e){if(e===0){return-2.7557314351390663e-7}return-2.7557314351390663e-7+e*(2.087572321298175e-9+e*-11359647557788195e-27)}e.exports=evalpoly},186:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7485);e.exports=n},7485:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var t=-.16666666666666632;var r=.00833333333332249;var n=-.0001984126982985795;var a=27557313707070068e-22;var i=-2.5050760253406863e-8;var o=1.58969099521155e-10;function kernelSin(e,s){var f;var l;var u;var c;c=e*e;u=c*c;f=r+c*(n+c*a)+c*u*(i+c*o);l=c*e;if(s===0){return e+l*(t+c*f)}return e-(c*(.5*s-l*f)-s-l*t)}e.exports=kernelSin},3291:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3078);e.exports=n},3078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(469);var a=r(1475);var i=r(1877);var o=r(6276);var s=r(2656);var f=r(4862);var l=r(6523);var u=r(7234);var c=r(910);var d=r(9335).assign;var h=r(6075);var A=r(7949);var p=r(7844);var v=2220446049250313e-31;var g=2148532223>>>0;var m=[0,0];var w=[0,0];function ldexp(e,t){var r;var y;if(t===0||e===0||l(e)||u(e)){return e}d(e,m,1,0);e=m[0];t+=m[1];t+=h(e);if(t<f){return c(0,e)}if(t>o){if(e<0){return a}return n}if(t<=s){t+=52;y=v}else{y=1}A.assign(e,w,1,0);r=w[0];r&=g;r|=t+i<<20;return y*p(r,w[1])}e.exports=ldexp},1550:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5553);e.exports=n},5553:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2882);var a=r(5990);var i=r(6523);var o=r(1877);var s=r(1475);var f=r(6488);var l=r(1103);var u=.6931471803691238;var c=1.9082149292705877e-10;var d=0x40000000000000;var h=.3333333333333333;var A=1048575|0;var p=2146435072|0;var v=1048576|0;var g=1072693248|0;function ln(e){var t;var r;var m;var w;var y;var I;var b;var E;var B;var x;var C;var S;if(e===0){return s}if(i(e)||e<0){return NaN}r=n(e);y=0|0;if(r<v){y-=54|0;e*=d;r=n(e)}if(r>=p){return e+e}y+=(r>>20)-o|0;r&=A;E=r+614244&1048576|0;e=a(e,r|E^g);y+=E>>20|0;b=e-1;if((A&2+r)<3){if(b===0){if(y===0){return 0}return y*u+y*c}I=b*b*(.5-h*b);if(y===0){return b-I}return y*u-(I-y*c-b)}x=b/(2+b);S=x*x;E=r-398458|0;C=S*S;B=440401-r|0;w=C*f(C);m=S*l(C);E|=B;I=m+w;if(E>0){t=.5*b*b;if(y===0){return b-(t-x*(t+I))}return y*u-(t-(x*(t+I)+y*c)-b)}if(y===0){return b-x*(b-I)}return y*u-(x*(b-I)-y*c-b)}e.exports=ln},6488:e=>{
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
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+e*.14798198605116586))}e.exports=evalpoly},7260:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7306);e.exports=n},7306:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(2882);var i=r(5990);var o=r(469);var s=r(1475);var f=r(1877);var l=r(897);var u=.6931471803691238;var c=1.9082149292705877e-10;var d=.41421356237309503;var h=-.2928932188134525;var A=1.862645149230957e-9;var p=5551115123125783e-32;var v=9007199254740992;var g=.6666666666666666;function log1p(e){var t;var r;var m;var w;var y;var I;var b;var E;var B;var x;if(e<-1||n(e)){return NaN}if(e===-1){return s}if(e===o){return e}if(e===0){return e}if(e<0){m=-e}else{m=e}x=1;if(m<d){if(m<A){if(m<p){return e}return e-e*e*.5}if(e>h){x=0;w=e;r=1}}if(x!==0){if(m<v){B=1+e;r=a(B);x=(r>>20)-f;if(x>0){y=1-(B-e)}else{y=e-(B-1)}y/=B}else{B=e;r=a(B);x=(r>>20)-f;y=0}r&=1048575;if(r<434334){B=i(B,r|1072693248)}else{x+=1;B=i(B,r|1071644672);r=1048576-r>>2}w=B-1}t=.5*w*w;if(r===0){if(w===0){y+=x*c;return x*u+y}E=t*(1-g*w);return x*u-(E-(x*c+y)-w)}I=w/(2+w);b=I*I;E=b*l(b);if(x===0){return w-(t-I*(t+E))}return x*u-(t-(I*(t+E)+(x*c+y))-w)}e.exports=log1p},897:e=>{
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
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+e*.14798198605116586)))))}e.exports=evalpoly},5430:(e,t,r)=>{
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
var n=r(4473);e.exports=n},4781:e=>{
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
function log1pSeries(e){var t=-e;var r=-1;var n=0;return next;function next(){r*=t;n+=1;return r/n}}e.exports=log1pSeries},4473:(e,t,r)=>{
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
var n=r(6260);var a=r(1550);var i=r(5088);var o=r(6491);var s=r(4781);function log1pmx(e){var t;var r;if(e<=-1){return NaN}r=n(e);if(r>.95){return a(1+e)-e}if(r<i){return-e*e/2}t={initialValue:-e};return o(s(e),t)}e.exports=log1pmx},2974:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8641);e.exports=n},8641:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(866);var a=r(6523);var i=r(469);function max(e,t){if(a(e)||a(t)){return NaN}if(e===i||t===i){return i}if(e===t&&e===0){if(n(e)){return e}return t}if(e>t){return e}return t}e.exports=max},9594:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3757);e.exports=n},3757:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6260);var a=r(2974);function maxabs(e,t){return a(n(e),n(t))}e.exports=maxabs},8008:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9503);e.exports=n},9503:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3270);var a=r(6523);var i=r(1475);function min(e,t){if(a(e)||a(t)){return NaN}if(e===i||t===i){return i}if(e===t&&e===0){if(n(e)){return e}return t}if(e<t){return e}return t}e.exports=min},9912:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(431);e.exports=n},431:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6260);var a=r(8008);function minabs(e,t){return a(n(e),n(t))}e.exports=minabs},6310:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7609);e.exports=n},9905:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2882);var a=r(3786);var i=r(5990);var o=r(1877);var s=r(1277);var f=r(3140);var l=1048575|0;var u=1048576|0;var c=1072693248|0;var d=536870912|0;var h=524288|0;var A=9007199254740992;var p=.9617966939259756;var v=.9617967009544373;var g=-7.028461650952758e-9;var m=[1,1.5];var w=[0,.5849624872207642];var y=[0,1.350039202129749e-8];function log2ax(e,t,r){var I;var b;var E;var B;var x;var C;var S;var Q;var N;var M;var T;var F;var U;var R;var L;var k;var P;var D;var q;var G;var Y;var V;G=0|0;if(r<u){t*=A;G-=53|0;r=n(t)}G+=(r>>s)-o|0;Y=r&l|0;r=Y|c|0;if(Y<=235662){V=0}else if(Y<767610){V=1}else{V=0;G+=1|0;r-=u}t=i(t,r);Q=m[V];D=t-Q;q=1/(t+Q);b=D*q;B=a(b,0);I=(r>>1|d)+h;I+=V<<18;C=i(0,I);S=t-(C-Q);x=q*(D-B*C-B*S);E=b*b;P=E*E*f(E);P+=x*(B+b);E=B*B;C=3+E+P;C=a(C,0);S=P-(C-3-E);D=B*C;q=x*C+S*b;M=D+q;M=a(M,0);T=q-(M-D);F=v*M;U=g*M+T*p+y[V];N=w[V];k=G;R=F+U+N+k;R=a(R,0);L=U-(R-k-N-F);e[0]=R;e[1]=L;return e}e.exports=log2ax},3726:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(3786);var a=r(837);var i=1.4426950408889634;var o=1.4426950216293335;var s=1.9259629911266175e-8;function logx(e,t){var r;var f;var l;var u;var c;var d;l=t-1;u=l*l*a(l);c=o*l;d=l*s-u*i;f=c+d;f=n(f,0);r=d-(f-c);e[0]=f;e[1]=r;return e}e.exports=logx},7609:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(7687);var i=r(7234);var o=r(2804);var s=r(5478);var f=r(6260);var l=r(7949);var u=r(3786);var c=r(6519);var d=r(1475);var h=r(469);var A=r(3935);var p=r(2122);var v=r(888);var g=r(3355);var m=r(9905);var w=r(3726);var y=r(5224);var I=1072693247|0;var b=1105199104|0;var E=1139802112|0;var B=1083179008|0;var x=1072693248|0;var C=1083231232|0;var S=3230714880>>>0;var Q=31|0;var N=1e300;var M=1e-300;var T=8008566259537294e-32;var F=[0|0,0|0];var U=[0,0];function pow(e,t){var r;var R;var L;var k;var P;var D;var q;var G;var Y;var V;var H;var W;var O;var z;var Z;var j;if(n(e)||n(t)){return NaN}l.assign(t,F,1,0);D=F[0];q=F[1];if(q===0){if(t===0){return 1}if(t===1){return e}if(t===-1){return 1/e}if(t===.5){return s(e)}if(t===-.5){return 1/s(e)}if(t===2){return e*e}if(t===3){return e*e*e}if(t===4){e*=e;return e*e}if(i(t)){return g(e,t)}}l.assign(e,F,1,0);k=F[0];P=F[1];if(P===0){if(k===0){return p(e,t)}if(e===1){return 1}if(e===-1&&a(t)){return-1}if(i(e)){if(e===d){return pow(-0,-t)}if(t<0){return 0}return h}}if(e<0&&o(t)===false){return(e-e)/(e-e)}L=f(e);r=k&A|0;R=D&A|0;G=k>>>Q|0;Y=D>>>Q|0;if(G&&a(t)){G=-1}else{G=1}if(R>b){if(R>E){return v(e,t)}if(r<I){if(Y===1){return G*N*N}return G*M*M}if(r>x){if(Y===0){return G*N*N}return G*M*M}O=w(U,L)}else{O=m(U,L,r)}V=u(t,0);W=(t-V)*O[0]+t*O[1];H=V*O[0];z=W+H;l.assign(z,F,1,0);Z=c(F[0]);j=c(F[1]);if(Z>=B){if((Z-B|j)!==0){return G*N*N}if(W+T>z-H){return G*N*N}}else if((Z&A)>=C){if((Z-S|j)!==0){return G*M*M}if(W<=z-H){return G*M*M}}z=y(Z,H,W);return G*z}e.exports=pow},3140:e=>{
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
function evalpoly(e){if(e===0){return.5}return.5+e*(-.3333333333333333+e*.25)}e.exports=evalpoly},5224:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2882);var a=r(5990);var i=r(3786);var o=r(6519);var s=r(3291);var f=r(1239);var l=r(1877);var u=r(3935);var c=r(8910);var d=r(1277);var h=r(5568);var A=1048576|0;var p=1071644672|0;var v=.6931471824645996;var g=-1.904654299957768e-9;function pow2(e,t,r){var m;var w;var y;var I;var b;var E;var B;var x;var C;var S;var Q;S=e&u|0;Q=(S>>d)-l|0;C=0;if(S>p){C=e+(A>>Q+1)>>>0;Q=((C&u)>>d)-l|0;m=(C&~(c>>Q))>>>0;y=a(0,m);C=(C&c|A)>>d-Q>>>0;if(e<0){C=-C}t-=y}y=r+t;y=i(y,0);b=y*v;E=(r-(y-t))*f+y*g;x=b+E;B=E-(x-b);y=x*x;w=x-y*h(y);I=x*w/(w-2)-(B+x*B);x=1-(I-x);e=n(x);e=o(e);e+=C<<d>>>0;if(e>>d<=0){x=s(x,C)}else{x=a(x,e)}return x}e.exports=pow2},2122:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(7687);var a=r(910);var i=r(1475);var o=r(469);function pow(e,t){if(t===i){return o}if(t===o){return 0}if(t>0){if(n(t)){return e}return 0}if(n(t)){return a(o,e)}return o}e.exports=pow},888:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(3935);var a=r(2882);var i=1072693247|0;var o=1e300;var s=1e-300;function pow(e,t){var r;var f;f=a(e);r=f&n;if(r<=i){if(t<0){return o*o}return s*s}if(t>0){return o*o}return s*s}e.exports=pow},3355:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6260);var a=r(469);function pow(e,t){if(e===-1){return(e-e)/(e-e)}if(e===1){return 1}if(n(e)<1===(t===a)){return 0}return a}e.exports=pow},4756:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2603);e.exports=n},2603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(6523);var a=r(7234);var i=r(6260);var o=r(141);var s=r(1550);var f=r(6310);var l=r(1262);function powm1(e,t){var r;var u;if(n(e)||n(t)){return NaN}if(t===0){return 0}if(e===0){return-1}if(e<0&&t%2===0){e=-e}if(e>0){if(i(t*(e-1))<.5||i(t)<.2){u=s(e)*t;if(u<.5){return o(u)}}}else if(l(t)!==t){return NaN}r=f(e,t)-1;if(a(r)||n(r)){return NaN}return r}e.exports=powm1},3982:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4385);e.exports=n},7236:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(2334);var a=r(3291);var i=r(1830);var o=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var s=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var f=16777216;var l=5.960464477539063e-8;var u=i(20);var c=i(20);var d=i(20);var h=i(20);function compute(e,t,r,i,u,c,A,p,v){var g;var m;var w;var y;var I;var b;var E;var B;var x;y=c;x=i[r];B=r;for(I=0;B>0;I++){m=l*x|0;h[I]=x-f*m|0;x=i[B-1]+m;B-=1}x=a(x,u);x-=8*n(x*.125);E=x|0;x-=E;w=0;if(u>0){I=h[r-1]>>24-u;E+=I;h[r-1]-=I<<24-u;w=h[r-1]>>23-u}else if(u===0){w=h[r-1]>>23}else if(x>=.5){w=2}if(w>0){E+=1;g=0;for(I=0;I<r;I++){B=h[I];if(g===0){if(B!==0){g=1;h[I]=16777216-B}}else{h[I]=16777215-B}}if(u>0){switch(u){case 1:h[r-1]&=8388607;break;case 2:h[r-1]&=4194303;break}}if(w===2){x=1-x;if(g!==0){x-=a(1,u)}}}if(x===0){B=0;for(I=r-1;I>=c;I--){B|=h[I]}if(B===0){for(b=1;h[c-b]===0;b++){}for(I=r+1;I<=r+b;I++){v[p+I]=o[A+I];m=0;for(B=0;B<=p;B++){m+=e[B]*v[p+(I-B)]}i[I]=m}r+=b;return compute(e,t,r,i,u,c,A,p,v)}r-=1;u-=24;while(h[r]===0){r-=1;u-=24}}else{x=a(x,-u);if(x>=f){m=l*x|0;h[r]=x-f*m|0;r+=1;u+=24;h[r]=m}else{h[r]=x|0}}m=a(1,u);for(I=r;I>=0;I--){i[I]=m*h[I];m*=l}for(I=r;I>=0;I--){m=0;for(b=0;b<=y&&b<=r-I;b++){m+=s[b]*i[I+b]}d[r-I]=m}m=0;for(I=r;I>=0;I--){m+=d[I]}if(w===0){t[0]=m}else{t[0]=-m}m=d[0]-m;for(I=1;I<=r;I++){m+=d[I]}if(w===0){t[1]=m}else{t[1]=-m}return E&7}function kernelRempio2(e,t,r,n){var a;var i;var s;var f;var l;var d;var h;var A;var p;i=4;f=n-1;s=(r-3)/24|0;if(s<0){s=0}d=r-24*(s+1);A=s-f;p=f+i;for(h=0;h<=p;h++){if(A<0){u[h]=0}else{u[h]=o[A]}A+=1}for(h=0;h<=i;h++){a=0;for(A=0;A<=f;A++){a+=e[A]*u[f+(h-A)]}c[h]=a}l=i;return compute(e,t,l,c,d,i,s,f,u)}e.exports=kernelRempio2},4385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(3935);var a=r(222);var i=r(8910);var o=r(2882);var s=r(1662);var f=r(7844);var l=r(7236);var u=r(499);var c=0;var d=16777216;var h=1.5707963267341256;var A=6077100506506192e-26;var p=2*A;var v=3*A;var g=4*A;var m=598523|0;var w=1072243195|0;var y=1073928572|0;var I=1074752122|0;var b=1074977148|0;var E=1075183036|0;var B=1075388923|0;var x=1075594811|0;var C=1094263291|0;var S=[0,0,0];var Q=[0,0];function rempio2(e,t){var r;var N;var M;var T;var F;var U;var R;var L;M=o(e)|0;T=M&n|0;if(T<=w){t[0]=e;t[1]=0;return 0}if(T<=I){if((T&i)===m){return u(e,T,t)}if(T<=y){if(M>0){L=e-h;t[0]=L-A;t[1]=L-t[0]-A;return 1}L=e+h;t[0]=L+A;t[1]=L-t[0]+A;return-1}if(M>0){L=e-2*h;t[0]=L-p;t[1]=L-t[0]-p;return 2}L=e+2*h;t[0]=L+p;t[1]=L-t[0]+p;return-2}if(T<=x){if(T<=E){if(T===b){return u(e,T,t)}if(M>0){L=e-3*h;t[0]=L-v;t[1]=L-t[0]-v;return 3}L=e+3*h;t[0]=L+v;t[1]=L-t[0]+v;return-3}if(T===B){return u(e,T,t)}if(M>0){L=e-4*h;t[0]=L-g;t[1]=L-t[0]-g;return 4}L=e+4*h;t[0]=L+g;t[1]=L-t[0]+g;return-4}if(T<C){return u(e,T,t)}if(T>=a){t[0]=NaN;t[1]=NaN;return 0}r=s(e);N=(T>>20)-1046;L=f(T-(N<<20|0),r);for(U=0;U<2;U++){S[U]=L|0;L=(L-S[U])*d}S[2]=L;F=3;while(S[F-1]===c){F-=1}R=l(S,Q,N,F,1);if(M<0){t[0]=-Q[0];t[1]=-Q[1];return-R}t[0]=Q[0];t[1]=Q[1];return R}e.exports=rempio2},499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(8972);var a=r(2882);var i=.6366197723675814;var o=1.5707963267341256;var s=6077100506506192e-26;var f=6077100506303966e-26;var l=20222662487959506e-37;var u=20222662487111665e-37;var c=84784276603689e-45;var d=2047|0;function rempio2Medium(e,t,r){var h;var A;var p;var v;var g;var m;var w;A=n(e*i);v=e-A*o;g=A*s;w=t>>20|0;r[0]=v-g;h=a(r[0]);m=w-(h>>20&d);if(m>16){p=v;g=A*f;v=p-g;g=A*l-(p-v-g);r[0]=v-g;h=a(r[0]);m=w-(h>>20&d);if(m>49){p=v;g=A*u;v=p-g;g=A*c-(p-v-g);r[0]=v-g}}r[1]=v-r[0]-g;return A}e.exports=rempio2Medium},8972:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6547);e.exports=n},6547:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.round;e.exports=t},1794:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3205);e.exports=n},3205:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
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
var n=r(3935);var a=r(222);var i=r(2882);var o=r(1567);var s=r(186);var f=r(3982);var l=1072243195|0;var u=1045430272|0;var c=[0,0];function sin(e){var t;var r;t=i(e);t&=n;if(t<=l){if(t<u){return e}return s(e,0)}if(t>=a){return NaN}r=f(e,c);switch(r&3){case 0:return s(c[0],c[1]);case 1:return o(c[0],c[1]);case 2:return-s(c[0],c[1]);default:return-o(c[0],c[1])}}e.exports=sin},8901:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3012);e.exports=n},3012:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6523);var a=r(7234);var i=r(9191);var o=r(1794);var s=r(6260);var f=r(910);var l=r(9701);function sinpi(e){var t;var r;if(n(e)){return NaN}if(a(e)){return NaN}r=e%2;t=s(r);if(t===0||t===1){return f(0,r)}if(t<.25){return o(l*r)}if(t<.75){t=.5-t;return f(i(l*t),r)}if(t<1.25){r=f(1,r)-r;return o(l*r)}if(t<1.75){t-=1.5;return-f(i(l*t),r)}r-=f(2,r);return o(l*r)}e.exports=sinpi},5478:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(1689);e.exports=n},1689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.sqrt;e.exports=t},1262:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2657);e.exports=n},2657:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2334);var a=r(3385);function trunc(e){if(e<0){return a(e)}return n(e)}e.exports=trunc},3962:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6260);var a=r(5088);var i=r(8858);var o=1e6;function continuedFractionA(e,t,r){var a;var o;var s;var f;var l;var u;u=e();l=u[1];o=u[0];if(l===0){l=i}s=l;f=0;do{u=e();if(u){f=u[1]+u[0]*f;if(f===0){f=i}s=u[1]+u[0]/s;if(s===0){s=i}f=1/f;a=s*f;l*=a}}while(u&&n(a-1)>t&&--r);return o/l}function continuedFractionB(e,t,r){var a;var o;var s;var f;var l;l=e();f=l[1];if(f===0){f=i}o=f;s=0;do{l=e();if(l){s=l[1]+l[0]*s;if(s===0){s=i}o=l[1]+l[0]/o;if(o===0){o=i}s=1/s;a=o*s;f*=a}}while(l&&n(a-1)>t&&--r);return f}function continuedFraction(e,t){var r;var n;var i;n={};if(arguments.length>1){n=t}i=n.tolerance||a;r=n.maxIter||o;if(n.keep){return continuedFractionB(e,i,r)}return continuedFractionA(e,i,r)}e.exports=continuedFraction},7028:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6260);var a=r(8858);var i=r(5088);var o=1e6;function continuedFractionA(e,t,r){var i;var o;var s;var f;var l;var u;var c;i=typeof e.next==="function";c=i?e.next().value:e();f=c[1];s=c[0];if(f===0){f=a}l=f;u=0;if(i===true){do{c=e.next().value;if(c){u=c[1]+c[0]*u;if(u===0){u=a}l=c[1]+c[0]/l;if(l===0){l=a}u=1/u;o=l*u;f*=o}}while(n(o-1)>t&&--r)}else{do{c=e();if(c){u=c[1]+c[0]*u;if(u===0){u=a}l=c[1]+c[0]/l;if(l===0){l=a}u=1/u;o=l*u;f*=o}}while(c&&n(o-1)>t&&--r)}return s/f}function continuedFractionB(e,t,r){var i;var o;var s;var f;var l;var u;i=typeof e.next==="function";u=i?e.next().value:e();s=u[1];if(s===0){s=a}f=s;l=0;if(i===true){do{u=e.next().value;if(u){l=u[1]+u[0]*l;if(l===0){l=a}f=u[1]+u[0]/f;if(f===0){f=a}l=1/l;o=f*l;s*=o}}while(u&&n(o-1)>t&&--r)}else{do{u=e();if(u){l=u[1]+u[0]*l;if(l===0){l=a}f=u[1]+u[0]/f;if(f===0){f=a}l=1/l;o=f*l;s*=o}}while(u&&n(o-1)>t&&--r)}return s}function continuedFraction(e,t){var r;var n;var a;n={};if(arguments.length>1){n=t}r=n.maxIter||o;a=n.tolerance||i;if(n.keep){return continuedFractionB(e,a,r)}return continuedFractionA(e,a,r)}e.exports=continuedFraction},508:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2878);var a=r(7028);var i=r(3962);var o;if(n()){o=a}else{o=i}e.exports=o},1278:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6990);var a=r(3767);function factory(e){var t;var r;var i;var o;if(e.length>500){return polyval}t="return function evalpoly(x){";r=e.length;if(r===0){t+="return 0.0;"}else if(r===1){t+="return "+e[0]+";"}else{t+="if(x===0.0){return "+e[0]+";}";t+="return "+e[0];i=r-1;for(o=1;o<r;o++){t+="+x*";if(o<i){t+="("}t+=e[o]}for(o=0;o<i-1;o++){t+=")"}t+=";"}t+="}";t+="//# sourceURL=evalpoly.factory.js";return new n(t)();function polyval(t){return a(e,t)}}e.exports=factory},2096:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var a=r(3767);var i=r(1278);n(a,"factory",i);e.exports=a},3767:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e,t){var r;var n;n=e.length;if(n<2||t===0){if(n===0){return 0}return e[0]}n-=1;r=e[n]*t+e[n-1];n-=2;while(n>=0){r=r*t+e[n];n-=1}return r}e.exports=evalpoly},6049:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6260);var a=r(5088);var i=1e6;function sumSeries(e,t){var r;var o;var s;var f;var l;l={};if(arguments.length>1){l=t}r=l.tolerance||a;s=l.maxTerms||i;f=l.initialValue||0;do{o=e();f+=o}while(n(r*f)<n(o)&&--s);return f}e.exports=sumSeries},3333:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6260);var a=r(5088);var i=1e6;function sumSeries(e,t){var r;var o;var s;var f;var l;var u;u={};if(arguments.length>1){u=t}o=u.tolerance||a;f=u.maxTerms||i;l=u.initialValue||0;r=typeof e.next==="function";if(r===true){for(s of e){l+=s;if(n(o*l)>=n(s)||--f===0){break}}}else{do{s=e();l+=s}while(n(o*l)<n(s)&&--f)}return l}e.exports=sumSeries},6491:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2878);var a=r(3333);var i=r(6049);var o;if(n()){o=a}else{o=i}e.exports=o},4241:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7696);e.exports=n},7696:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
e.exports=Number},6075:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7014);e.exports=n},7014:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2882);var a=r(222);var i=r(1877);function exponent(e){var t=n(e);t=(t&a)>>>20;return t-i|0}e.exports=exponent},7844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5259);e.exports=n},9593:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(347);var a;var i;var o;if(n===true){i=1;o=0}else{i=0;o=1}a={HIGH:i,LOW:o};e.exports=a},5259:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7096);var a=r(9979);var i=r(9593);var o=new a(1);var s=new n(o.buffer);var f=i.HIGH;var l=i.LOW;function fromWords(e,t){s[f]=e;s[l]=t;return o[0]}e.exports=fromWords},9828:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(347);var a;if(n===true){a=1}else{a=0}e.exports=a},2882:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6053);e.exports=n},6053:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7096);var a=r(9979);var i=r(9828);var o=new a(1);var s=new n(o.buffer);function getHighWord(e){o[0]=e;return s[i]}e.exports=getHighWord},1662:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3761);e.exports=n},5844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(347);var a;if(n===true){a=0}else{a=1}e.exports=a},3761:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7096);var a=r(9979);var i=r(5844);var o=new a(1);var s=new n(o.buffer);function getLowWord(e){o[0]=e;return s[i]}e.exports=getLowWord},750:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5417);var a=r(7234);var i=r(6523);var o=r(6260);var s=4503599627370496;function normalize(e,t,r,f){if(i(e)||a(e)){t[f]=e;t[f+r]=0;return t}if(e!==0&&o(e)<n){t[f]=e*s;t[f+r]=-52;return t}t[f]=e;t[f+r]=0;return t}e.exports=normalize},9335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var a=r(6754);var i=r(750);n(a,"assign",i);e.exports=a},6754:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(750);function normalize(e){return n(e,[0,0],1,0)}e.exports=normalize},2880:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(347);var a;if(n===true){a=1}else{a=0}e.exports=a},5990:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6921);e.exports=n},6921:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7096);var a=r(9979);var i=r(2880);var o=new a(1);var s=new n(o.buffer);function setHighWord(e,t){o[0]=e;s[i]=t>>>0;return o[0]}e.exports=setHighWord},3786:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(253);e.exports=n},9760:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(347);var a;if(n===true){a=0}else{a=1}e.exports=a},253:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7096);var a=r(9979);var i=r(9760);var o=new a(1);var s=new n(o.buffer);function setLowWord(e,t){o[0]=e;s[i]=t>>>0;return o[0]}e.exports=setLowWord},5132:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7096);var a=r(9979);var i=r(3808);var o=new a(1);var s=new n(o.buffer);var f=i.HIGH;var l=i.LOW;function toWords(e,t,r,n){o[0]=e;t[n]=s[f];t[n+r]=s[l];return t}e.exports=toWords},7949:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var a=r(6364);var i=r(5132);n(a,"assign",i);e.exports=a},3808:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(347);var a;var i;var o;if(n===true){i=1;o=0}else{i=0;o=1}a={HIGH:i,LOW:o};e.exports=a},6364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5132);function toWords(e){return n(e,[0>>>0,0>>>0],1,0)}e.exports=toWords},6519:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3234);e.exports=n},3234:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function uint32ToInt32(e){return e|0}e.exports=uint32ToInt32},9073:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3084);var a=r(6523);function factory(e){if(a(e)){return n(NaN)}return cdf;function cdf(t){if(a(t)){return NaN}return t<e?0:1}}e.exports=factory},6603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var a=r(7782);var i=r(9073);n(a,"factory",i);e.exports=a},7782:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6523);function cdf(e,t){if(n(e)||n(t)){return NaN}return e<t?0:1}e.exports=cdf},1250:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3084);var a=r(6603).factory;var i=r(6523);var o=r(5478);var s=r(988);function factory(e,t){var r;if(i(e)||i(t)||t<0){return n(NaN)}if(t===0){return a(e)}r=t*o(2);return cdf;function cdf(t){var n;if(i(t)){return NaN}n=t-e;return.5*s(-n/r)}}e.exports=factory},2484:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var a=r(1643);var i=r(1250);n(a,"factory",i);e.exports=a},1643:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(988);var a=r(5478);var i=r(6523);function cdf(e,t,r){var o;var s;if(i(e)||i(t)||i(r)||r<0){return NaN}if(r===0){return e<t?0:1}o=r*a(2);s=e-t;return.5*n(-s/o)}e.exports=cdf},2335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3084);var a=r(9986);var i=r(6523);var o=r(6310);function factory(e){if(i(e)||e<=0){return n(NaN)}return cdf;function cdf(t){var r;var n;var s;if(i(t)){return NaN}if(t===0){return.5}r=o(t,2);if(e>2*r){s=r/(e+r);n=a(s,.5,e/2,true,true)/2}else{s=e/(e+r);n=a(s,e/2,.5,true,false)/2}return t>0?1-n:n}}e.exports=factory},6021:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var a=r(1044);var i=r(2335);n(a,"factory",i);e.exports=a},1044:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9986);var a=r(6523);var i=r(6310);function cdf(e,t){var r;var o;var s;if(a(e)||a(t)||t<=0){return NaN}if(e===0){return.5}r=i(e,2);if(t>2*r){s=r/(t+r);o=n(s,.5,t/2,true,true)/2}else{s=t/(t+r);o=n(s,t/2,.5,true,false)/2}return e>0?1-o:o}e.exports=cdf},2029:e=>{
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
var t=Math.abs;var r=String.prototype.toLowerCase;var n=String.prototype.toUpperCase;var a=String.prototype.replace;var i=/e\+(\d)$/;var o=/e-(\d)$/;var s=/^(\d+)$/;var f=/^(\d+)e/;var l=/\.0$/;var u=/\.0*e/;var c=/(\..*[^0])0*e/;function formatDouble(e,d){var h;var A;switch(d.specifier){case"e":case"E":A=e.toExponential(d.precision);break;case"f":case"F":A=e.toFixed(d.precision);break;case"g":case"G":if(t(e)<1e-4){h=d.precision;if(h>0){h-=1}A=e.toExponential(h)}else{A=e.toPrecision(d.precision)}if(!d.alternate){A=a.call(A,c,"$1e");A=a.call(A,u,"e");A=a.call(A,l,"")}break;default:throw new Error("invalid double notation. Value: "+d.specifier)}A=a.call(A,i,"e+0$1");A=a.call(A,o,"e-0$1");if(d.alternate){A=a.call(A,s,"$1.");A=a.call(A,f,"$1.e")}if(e>=0&&d.sign){A=d.sign+A}A=d.specifier===n.call(d.specifier)?n.call(A):r.call(A);return A}e.exports=formatDouble},1836:(e,t,r)=>{
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
var n=r(6392);var a=r(122);var i=String.prototype.toLowerCase;var o=String.prototype.toUpperCase;function formatInteger(e){var t;var r;var s;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;case"d":case"i":case"u":default:t=10;break}r=e.arg;s=parseInt(r,10);if(!isFinite(s)){if(!n(r)){throw new Error("invalid integer. Value: "+r)}s=0}if(s<0&&(e.specifier==="u"||t!==10)){s=4294967295+s+1}if(s<0){r=(-s).toString(t);if(e.precision){r=a(r,e.precision,e.padRight)}r="-"+r}else{r=s.toString(t);if(!s&&!e.precision){r=""}else if(e.precision){r=a(r,e.precision,e.padRight)}if(e.sign){r=e.sign+r}}if(t===16){if(e.alternate){r="0x"+r}r=e.specifier===o.call(e.specifier)?o.call(r):i.call(r)}if(t===8){if(e.alternate&&r.charAt(0)!=="0"){r="0"+r}}return r}e.exports=formatInteger},24:(e,t,r)=>{
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
var n=r(4879);e.exports=n},6392:e=>{
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
function isString(e){return typeof e==="string"}e.exports=isString},4879:(e,t,r)=>{
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
var n=r(1836);var a=r(7852);var i=r(6392);var o=r(2029);var s=r(4484);var f=r(122);var l=String.fromCharCode;var u=Array.isArray;function isnan(e){return e!==e}function initialize(e){var t={};t.specifier=e.specifier;t.precision=e.precision===void 0?1:e.precision;t.width=e.width;t.flags=e.flags||"";t.mapping=e.mapping;return t}function formatInterpolate(e){var t;var r;var c;var d;var h;var A;var p;var v;var g;var m;if(!u(e)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.")}A="";p=1;for(g=0;g<e.length;g++){c=e[g];if(a(c)){A+=c}else{t=c.precision!==void 0;c=initialize(c);if(!c.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+g+"`. Value: `"+c+"`.")}if(c.mapping){p=c.mapping}r=c.flags;for(m=0;m<r.length;m++){d=r.charAt(m);switch(d){case" ":c.sign=" ";break;case"+":c.sign="+";break;case"-":c.padRight=true;c.padZeros=false;break;case"0":c.padZeros=r.indexOf("-")<0;break;case"#":c.alternate=true;break;default:throw new Error("invalid flag: "+d)}}if(c.width==="*"){c.width=parseInt(arguments[p],10);p+=1;if(isnan(c.width)){throw new TypeError("the argument for * width at position "+p+" is not a number. Value: `"+c.width+"`.")}if(c.width<0){c.padRight=true;c.width=-c.width}}if(t){if(c.precision==="*"){c.precision=parseInt(arguments[p],10);p+=1;if(isnan(c.precision)){throw new TypeError("the argument for * precision at position "+p+" is not a number. Value: `"+c.precision+"`.")}if(c.precision<0){c.precision=1;t=false}}}c.arg=arguments[p];switch(c.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(t){c.padZeros=false}c.arg=n(c);break;case"s":c.maxWidth=t?c.precision:-1;c.arg=String(c.arg);break;case"c":if(!isnan(c.arg)){h=parseInt(c.arg,10);if(h<0||h>127){throw new Error("invalid character code. Value: "+c.arg)}c.arg=isnan(h)?String(c.arg):l(h)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!t){c.precision=6}v=parseFloat(c.arg);if(!isFinite(v)){if(!i(c.arg)){throw new Error("invalid floating-point number. Value: "+A)}v=c.arg;c.padZeros=false}c.arg=o(v,c);break;default:throw new Error("invalid specifier: "+c.specifier)}if(c.maxWidth>=0&&c.arg.length>c.maxWidth){c.arg=c.arg.substring(0,c.maxWidth)}if(c.padZeros){c.arg=f(c.arg,c.width||c.precision,c.padRight)}else if(c.width){c.arg=s(c.arg,c.width,c.padRight)}A+=c.arg||"";p+=1}}return A}e.exports=formatInterpolate},4484:e=>{
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
function spaces(e){var t="";var r;for(r=0;r<e;r++){t+=" "}return t}function spacePad(e,t,r){var n=t-e.length;if(n<0){return e}e=r?e+spaces(n):spaces(n)+e;return e}e.exports=spacePad},122:e=>{
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
function startsWithMinus(e){return e[0]==="-"}function zeros(e){var t="";var r;for(r=0;r<e;r++){t+="0"}return t}function zeroPad(e,t,r){var n=false;var a=t-e.length;if(a<0){return e}if(startsWithMinus(e)){n=true;e=e.substr(1)}e=r?e+zeros(a):zeros(a)+e;if(n){e="-"+e}return e}e.exports=zeroPad},9340:(e,t,r)=>{
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
var n=r(8755);e.exports=n},8755:e=>{
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
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};if(e[4]==="."&&e[5]===void 0){t.precision="1"}return t}function formatTokenize(e){var r;var n;var a;var i;n=[];i=0;a=t.exec(e);while(a){r=e.slice(i,t.lastIndex-a[0].length);if(r.length){n.push(r)}if(a[6]==="%"){n.push("%")}else{n.push(parse(a))}i=t.lastIndex;a=t.exec(e)}r=e.slice(i);if(r.length){n.push(r)}return n}e.exports=formatTokenize},7760:(e,t,r)=>{
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
var n=r(3191);e.exports=n},8676:e=>{
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
function isString(e){return typeof e==="string"}e.exports=isString},3191:(e,t,r)=>{
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
var n=r(24);var a=r(9340);var i=r(8676);function format(e){var t;var r;if(!i(e)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e))}t=[a(e)];for(r=1;r<arguments.length;r++){t.push(arguments[r])}return n.apply(null,t)}e.exports=format},2038:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2873);e.exports=n},2873:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Symbol==="function"?Symbol:void 0;e.exports=t},3084:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8675);e.exports=n},8675:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function wrap(e){return constantFunction;function constantFunction(){return e}}e.exports=wrap},4568:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(6239);e.exports=n},6239:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(708);function setNonEnumerableReadOnly(e,t,r){n(e,t,{configurable:false,enumerable:false,writable:false,value:r})}e.exports=setNonEnumerableReadOnly},7619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
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
var t=typeof Object.defineProperty==="function"?Object.defineProperty:null;e.exports=t},2342:(e,t,r)=>{
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
var n=r(5141);function hasDefinePropertySupport(){try{n({},"x",{});return true}catch(e){return false}}e.exports=hasDefinePropertySupport},708:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2342);var a=r(7619);var i=r(61);var o;if(n()){o=a}else{o=i}e.exports=o},61:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7760);var a=Object.prototype;var i=a.toString;var o=a.__defineGetter__;var s=a.__defineSetter__;var f=a.__lookupGetter__;var l=a.__lookupSetter__;function defineProperty(e,t,r){var u;var c;var d;var h;if(typeof e!=="object"||e===null||i.call(e)==="[object Array]"){throw new TypeError(n("invalid argument. First argument must be an object. Value: `%s`.",e))}if(typeof r!=="object"||r===null||i.call(r)==="[object Array]"){throw new TypeError(n("invalid argument. Property descriptor must be an object. Value: `%s`.",r))}c="value"in r;if(c){if(f.call(e,t)||l.call(e,t)){u=e.__proto__;e.__proto__=a;delete e[t];e[t]=r.value;e.__proto__=u}else{e[t]=r.value}}d="get"in r;h="set"in r;if(c&&(d||h)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(d&&o){o.call(e,t,r.get)}if(h&&s){s.call(e,t,r.set)}return e}e.exports=defineProperty},3595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=eval;e.exports=t},547:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9501);var a=r(1006);var i=r(9728);var o;if(n()){o=i}else{o=a}e.exports=o},1006:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(5763);function nativeClass(e){return n.call(e)}e.exports=nativeClass},9728:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(1907);var a=r(4499);var i=r(5763);function nativeClass(e){var t;var r;var o;if(e===null||e===void 0){return i.call(e)}r=e[a];t=n(e,a);try{e[a]=void 0}catch(t){return i.call(e)}o=i.call(e);if(t){e[a]=r}else{delete e[a]}return o}e.exports=nativeClass},5763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.toString;e.exports=t},4499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2038);var a=typeof n==="function"?n.toStringTag:"";e.exports=a},3326:(t,r,n)=>{n.d(r,{i:()=>serveLoadWorker});const a=e(import.meta.url)("node:worker_threads");class errors_UserError extends Error{location;hint;constructor(e,t={}){super(e,{cause:t.cause});this.name="UserError";this.location=t.location??{};this.hint=t.hint}}class InputError extends errors_UserError{input;constructor(e,t,r){super(`Input '${e}' has an invalid value ${JSON.stringify(t)}: expected ${r}.`);this.name="InputError";this.input=e}}function isUserError(e){return e instanceof errors_UserError}function describeError(e){if(e instanceof errors_UserError)return e.hint?`${e.message}\nHint: ${e.hint}`:e.message;if(e instanceof Error)return e.message;return String(e)}const i=e(import.meta.url)("node:fs/promises");const o=e(import.meta.url)("node:crypto");const s=e(import.meta.url)("node:fs");var f=n(6760);var l=n.n(f);const u=e(import.meta.url)("node:zlib");function iterableSource(e){const t=e[Symbol.asyncIterator]();return{async next(e){const{value:r,done:n}=await t.next();if(n)return undefined;return e&&e.length>0?Buffer.concat([e,r]):r},async close(){await(t.return?.())}}}class FileSource{file;hash;buffer;position=0;handle;constructor(e,t,r){this.file=e;this.hash=t;this.buffer=Buffer.allocUnsafe(r)}async next(e){this.handle??=await(0,i.open)(this.file,"r");const t=e?.length??0;if(e&&t>0){if(t*2>this.buffer.length){const r=Buffer.allocUnsafe(t*2+this.buffer.length);e.copy(r,0);this.buffer=r}else{e.copy(this.buffer,0)}}const{bytesRead:r}=await this.handle.read(this.buffer,t,this.buffer.length-t,this.position);if(r===0){await this.close();return undefined}this.position+=r;this.hash.update(this.buffer.subarray(t,t+r));return this.buffer.subarray(0,t+r)}async close(){const e=this.handle;this.handle=undefined;await(e?.close())}}const c=Array.from({length:16},(e,t)=>10**t);function stepValue(e,t){return e/c[t]}function expandGrid(e){const{counts:t,low:r,decimals:n}=e;const a=new Float64Array(e.n);let i=0;for(let e=0;e<t.length;e++){const o=t[e];if(o===0)continue;const s=stepValue(r+e,n);if(o===1)a[i++]=s;else{a.fill(s,i,i+o);i+=o}}return a}function walkTogether(e,t,r){const n=Math.max(e.decimals,t.decimals);const a=c[n-e.decimals];const i=c[n-t.decimals];const o=e.counts;const s=t.counts;let f=nextNonZero(o,0);let l=nextNonZero(s,0);while(f<o.length||l<s.length){const u=f<o.length?(e.low+f)*a:Infinity;const c=l<s.length?(t.low+l)*i:Infinity;const d=Math.min(u,c);const h=u===d?o[f]:0;const A=c===d?s[l]:0;if(r(stepValue(d,n),h,A)===false)return;if(u===d)f=nextNonZero(o,f+1);if(c===d)l=nextNonZero(s,l+1)}}function nextNonZero(e,t){let r=t;while(r<e.length&&e[r]===0)r++;return r}function gridCdfDistance(e,t,r){if(t.n===0||r.n===0)throw new RangeError("distance needs two non-empty samples");const n=new CdfIntegral(e,t.n,r.n);if(t.decimals===r.decimals)forEachSameGridStep(t,r,n);else walkTogether(t,r,(e,t,r)=>n.step(e,t,r));return n.result()}class CdfIntegral{p;nA;nB;total=new Sum;belowA=0;belowB=0;previous=Number.NaN;constructor(e,t,r){this.p=e;this.nA=t;this.nB=r}step(e,t,r){if(!Number.isNaN(this.previous)){const t=this.belowA/this.nA-this.belowB/this.nB;const r=e-this.previous;this.total.add(this.p===1?Math.abs(t)*r:t*t*r)}this.belowA+=t;this.belowB+=r;this.previous=e}result(){return this.p===1?this.total.value:Math.sqrt(this.total.value)}}function forEachSameGridStep(e,t,r){const n=e.counts;const a=t.counts;const i=Math.max(e.low+n.length,t.low+a.length);for(let o=Math.min(e.low,t.low);o<i;o++){const i=o-e.low;const s=o-t.low;const f=i>=0&&i<n.length?n[i]:0;const l=s>=0&&s<a.length?a[s]:0;if(f!==0||l!==0)r.step(stepValue(o,e.decimals),f,l)}}function gridRange(e){const{counts:t,low:r,decimals:n}=e;let a=0;while(t[a]===0)a++;let i=t.length-1;while(t[i]===0)i--;return[stepValue(r+a,n),stepValue(r+i,n)]}function decimal_grid_gridDistinctUnionUpTo(e,t,r){let n=0;walkTogether(e,t,()=>++n<r);return Math.min(n,r)}function gridQuantile(e,t){const r=(e.n-1)*t;const n=Math.floor(r);const a=Math.min(n+1,e.n-1);const i=valuesAt(e,n,a);return i[0]+(i[1]-i[0])*(r-n)}function valuesAt(e,t,r){const{counts:n,low:a,decimals:i}=e;let o=0;let s=Number.NaN;for(let e=0;e<n.length;e++){o+=n[e];if(Number.isNaN(s)&&o>t)s=stepValue(a+e,i);if(o>r)return[s,stepValue(a+e,i)]}throw new RangeError("quantile position beyond the sample")}function decimal_grid_gridHistogramCounts(e,t){const r=t.length-1;const n=new Float64Array(r);const a=t[0];const i=t[r];const{counts:o,low:s,decimals:f}=e;let l=0;for(let e=0;e<o.length;e++){const u=o[e];if(u===0)continue;const c=stepValue(s+e,f);if(c<a)continue;if(c>i)break;if(c===i){n[r-1]+=u;continue}while(l<r-1&&t[l+1]<=c)l++;n[l]+=u}return n}class summation_Sum{sum=0;compensation=0;add(e){const t=this.sum+e;if(Math.abs(this.sum)>=Math.abs(e))this.compensation+=this.sum-t+e;else this.compensation+=e-t+this.sum;this.sum=t}get value(){return Number.isFinite(this.sum)?this.sum+this.compensation:this.sum}}function sum(e){const t=new summation_Sum;for(let r=0;r<e.length;r++)t.add(e[r]);return t.value}function summation_mean(e){return sum(e)/e.length}function summation_variance(e,t=0){const r=summation_mean(e);const n=new summation_Sum;for(let t=0;t<e.length;t++){const a=e[t]-r;n.add(a*a)}return n.value/(e.length-t)}const d=6;const h=Array.from({length:d+1},(e,t)=>10**t);const A=4;const p=1<<24;function countingSortDecimals(e,t,r,n,a,i){const o=countOnGrid(e,t,r,n,a,i);return o&&{sorted:expandGrid(o.grid),moments:o.moments}}function countOnGrid(e,t,r,n,a,i){const o=i??gridDecimals(e,t);if(o===undefined||o>d)return undefined;const s=h[o];const f=Math.round(n*s);const l=Math.round(a*s);const u=l-f+1;if(!Number.isSafeInteger(f)||!Number.isSafeInteger(l)||u>Math.min(p,r*A))return undefined;const c=new Int32Array(u);if(i===undefined){for(let r=0;r<t;r++){const t=e[r];if(t-t!==0)continue;const n=Math.round(t*s);if(n/s!==t)return undefined;c[n-f]++}}else{for(let r=0;r<t;r++){const t=e[r];if(t-t===0)c[Math.round(t*s)-f]++}}const v={decimals:o,low:f,counts:c,n:r};return{grid:v,moments:gridMoments(v)}}function gridMoments(e){const{counts:t,low:r,decimals:n}=e;const a=h[n];let i=0;const o=new summation_Sum;for(let e=0;e<t.length;e++){const n=t[e];if(n===0)continue;i++;o.add(n*((e+r)/a))}const s=o.value/e.n;const f=new summation_Sum;for(let e=0;e<t.length;e++){const n=t[e];if(n===0)continue;const i=(e+r)/a-s;f.add(n*i*i)}return{distinct:i,mean:s,m2:f.value}}function gridDecimals(e,t){let r=0;let n=0;for(let a=0;a<t&&n<256;a++){const t=e[a];if(t-t!==0)continue;n++;while(r<=d&&Math.round(t*h[r])/h[r]!==t)r++;if(r>d)return undefined}return r}class GridCounter{decimals=0;scale=1;origin=0;counts=new Int32Array(0);lowStep=Infinity;highStep=-Infinity;counted=0;staged=new Float64Array(0);stagedCount=0;stagedFraction=0;stagedLow=Infinity;stagedHigh=-Infinity;refused=false;add(e,t){this.reserve(1);this.staged[this.stagedCount++]=e;this.widen(t,e,e);return!this.refused}addRun(e,t,r,n,a,i,o){if(n===0)return!this.refused;this.reserve(n);const s=this.staged;let f=this.stagedCount;if(n===r-t){s.set(e.subarray(t,r),f);f+=n}else{for(let n=t;n<r;n++){const t=e[n];if(t===t)s[f++]=t}}this.stagedCount=f;this.widen(a,i,o);return!this.refused}get declined(){return this.refused}grid(){if(!this.flush())return undefined;const e=this.counted;if(e===0)return{decimals:this.decimals,low:0,counts:new Int32Array(0),n:0};const t=this.counts.slice(this.lowStep-this.origin,this.highStep-this.origin+1);return{decimals:this.decimals,low:this.lowStep,counts:t,n:e}}values(){const e=this.counted?expandGrid({decimals:this.decimals,low:this.origin,counts:this.counts,n:this.counted}):new Float64Array(0);const t=new Float64Array(e.length+this.stagedCount);t.set(e);t.set(this.staged.subarray(0,this.stagedCount),e.length);return t}span(){return this.counted===0?0:this.highStep-this.lowStep+1}reserve(e){const t=this.stagedCount+e;if(t<=this.staged.length)return;if(this.staged.length>=g&&this.flush())return this.reserve(e);const r=new Float64Array(Math.max(t,Math.min(g,Math.max(m,this.staged.length*2))));r.set(this.staged.subarray(0,this.stagedCount));this.staged=r}widen(e,t,r){if(e>this.stagedFraction)this.stagedFraction=e;if(t<this.stagedLow)this.stagedLow=t;if(r>this.stagedHigh)this.stagedHigh=r}flush(){if(this.refused)return false;if(this.stagedCount===0)return true;if(!this.cover(this.stagedLow,this.stagedHigh,this.stagedFraction)){this.refused=true;return false}const{counts:e,scale:t,origin:r,staged:n}=this;const a=this.stagedCount;for(let i=0;i<a;i++)e[Math.round(n[i]*t)-r]++;this.counted+=a;this.stagedCount=0;this.stagedFraction=0;this.stagedLow=Infinity;this.stagedHigh=-Infinity;return true}cover(e,t,r){if(r>this.decimals&&!this.refine(r))return false;const n=Math.round(e*this.scale);const a=Math.round(t*this.scale);if(!Number.isSafeInteger(n)||!Number.isSafeInteger(a))return false;if(n>=this.origin&&a<this.origin+this.counts.length){this.lowStep=Math.min(this.lowStep,n);this.highStep=Math.max(this.highStep,a);return true}const i=Math.min(n,this.lowStep);const o=Math.max(a,this.highStep);const s=o-i+1;if(s>v)return false;const f=Math.min(Math.ceil(s/8),Math.floor((v-s)/2));this.retable(i-f,s+2*f,1);this.lowStep=i;this.highStep=o;return true}refine(e){const t=10**(e-this.decimals);if(this.counted>0){const e=(this.highStep-this.lowStep)*t+1;if(e>v||!Number.isSafeInteger(this.highStep*t)||!Number.isSafeInteger(this.lowStep*t))return false;this.retable(this.lowStep*t,e,t);this.lowStep*=t;this.highStep*=t}else{this.counts=new Int32Array(0);this.origin=0}this.decimals=e;this.scale=10**e;return true}retable(e,t,r){const n=new Int32Array(t);const a=this.counts;for(let t=0;t<a.length;t++){const i=a[t];if(i!==0)n[(this.origin+t)*r-e]=i}this.counts=n;this.origin=e}}const v=1<<22;const g=1<<16;const m=1<<10;const w=["NA","N/A","n/a","NaN","nan","NAN","-nan","null","NULL","Null","None","none","#N/A"];const y=new Set(w);function isMissingToken(e){return e===""||y.has(e)}const I=Array.from({length:23},(e,t)=>Number(`1e${t}`));const b=2**53;function parseDecimalBytes(e,t,r){let n=t;if(n>=r)return undefined;let a=false;let i=e[n];if(i===45||i===43){a=i===45;n++}let o=0;let s=0;let f=0;while(n<r&&(i=e[n])>=48&&i<=57){o=o*10+(i-48);s++;n++}if(n<r&&e[n]===46){n++;const t=n;while(n<r&&(i=e[n])>=48&&i<=57){o=o*10+(i-48);n++}s+=n-t;f-=n-t}if(s===0)return undefined;if(n<r&&(e[n]===101||e[n]===69)){n++;let t=false;if(n<r&&(e[n]===45||e[n]===43)){t=e[n]===45;n++}let a=0;let o=0;while(n<r&&(i=e[n])>=48&&i<=57){a=a*10+(i-48);o++;n++;if(a>1e5)return undefined}if(o===0)return undefined;f+=t?-a:a}if(n!==r)return undefined;if(s>15&&o!==0||o>=b||f<-22||f>22)return Number.NaN;const l=f>=0?o*I[f]:o/I[-f];return a?-l:l}const E=/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;const B=/^\s*([+-]?)(inf|Inf|INF|infinity|Infinity|INFINITY)\s*$/;function parseNumberText(e){if(E.test(e))return Number(e);const t=B.exec(e);if(t)return t[1]==="-"?-Infinity:Infinity;return undefined}const x=255;const C=65536;function fieldHash(e,t,r){let n=2166136261;for(let a=t;a<r;a++)n=Math.imul(n^e[a],16777619);return(n^r-t)&1073741823}function sameBytes(e,t,r,n){if(e.length!==n-r)return false;for(let n=0;n<e.length;n++)if(e[n]!==t[r+n])return false;return true}const S=-2;const Q=-1;const N=new TextDecoder("latin1");const M=new TextDecoder("utf-8",{fatal:true});function decodeField(e,t,r,n){let a=true;for(let n=t;n<r;n++){if(e[n]>=128){a=false;break}}if(a)return Buffer.isBuffer(e)?e.toString("latin1",t,r):N.decode(e.subarray(t,r));try{return M.decode(e.subarray(t,r))}catch{throw new errors_UserError(`${n.file}:${n.line}: column ${n.column} holds bytes that are not valid UTF-8.`,{location:n,hint:"Save the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)."})}}class ColumnBuilder{name;mode;values;counter;countedMissing=0;expected=0;codes;dictionary=new Map;levels=[];textCache=new Map;recent=new Array(x+1).fill(undefined);size=0;decimals=0;gridLow=Infinity;gridHigh=-Infinity;numbersAmongCodes=false;strayCount=0;numberCount=0;firstStray;constructor(e,t,r=1024,n=false){this.name=e;this.mode=t;if(n&&t!=="categorical"){this.counter=new GridCounter;this.values=new Float64Array(0);this.expected=r;return}this.values=new Float64Array(r);if(t==="categorical")this.codes=new Int32Array(r)}ensureCapacity(e){if(this.counter){this.expected=Math.max(this.expected,e);return}if(e<=this.values.length)return;const t=new Float64Array(e);t.set(this.values.subarray(0,this.size));this.values=t;if(this.codes){const t=new Int32Array(e);t.set(this.codes.subarray(0,this.size));this.codes=t}}reserve(e){if(this.counter)this.materialize();if(e===this.size&&e<this.values.length){this.size++;return}if(e>=this.values.length){let t=this.values.length*2;while(t<=e)t*=2;const r=new Float64Array(t);r.set(this.values.subarray(0,this.size));this.values=r;if(this.codes){const e=new Int32Array(t);e.set(this.codes.subarray(0,this.size));this.codes=e}}while(this.size<e)this.setMissing(this.size);if(e===this.size)this.size++}directTarget(e){if(this.counter)return{kind:"counts",size:this.size};if(this.size+e>this.values.length)this.ensureCapacity(Math.max(this.size+e,this.values.length*2));return this.codes?{kind:"codes",size:this.size,values:this.values,codes:this.codes}:{kind:"numbers",size:this.size,values:this.values}}advanceDirect(e,t,r,n){this.size+=e;this.numberCount+=t;if(this.mode==="infer")this.strayCount+=r;if(n&&t>0)this.onGrid(n.fraction,n.low,n.high)}countDirect(e,t,r,n,a){this.counter.addRun(e,t,t+r,n,a.fraction,a.low,a.high);this.countedMissing+=r-n;this.advanceDirect(r,n,0,a);if(this.counter.declined)this.materialize()}materialize(){const e=this.counter;if(!e)return;this.counter=undefined;const t=new Float64Array(Math.max(1024,this.expected,this.size));const r=e.values();t.set(r);t.fill(Number.NaN,r.length,this.size);this.values=t}countedRow(e){if(e<this.size)return false;this.countedMissing+=e-this.size;this.size=e+1;return true}onGrid(e,t,r){if(this.decimals<0)return;if(e>this.decimals)this.decimals=e;if(t<this.gridLow)this.gridLow=t;if(r>this.gridHigh)this.gridHigh=r}offGrid(){this.decimals=-1;this.materialize()}cachedText(e){return this.textCache.get(e)}setMissing(e){if(this.counter){if(this.countedRow(e)){this.countedMissing++;return}this.materialize()}this.reserve(e);this.values[e]=Number.NaN;if(this.codes)this.codes[e]=Q}pushDecimal(e,t,r){this.onGrid(r,t,t);if(this.counter){if(e>=this.size){this.counter.add(t,r);this.countedRow(e);this.numberCount++;if(this.counter.declined)this.materialize();return}this.materialize()}this.pushNumber(e,t,true)}pushNumber(e,t,r=false){if(!r)this.offGrid();if(e===this.size&&e<this.values.length&&this.codes===undefined){this.values[e]=t;this.size++;this.numberCount++;return}this.setNumber(e,t,undefined,r)}setNumber(e,t,r,n=false){if(Number.isNaN(t))return this.setMissing(e);if(!n)this.offGrid();if(this.mode==="categorical"){this.setText(e,String(t),r);return}this.reserve(e);this.numberCount++;this.values[e]=t;if(this.codes){this.codes[e]=S;this.numbersAmongCodes=true}}setBytes(e,t,r,n,a){if(r===n)return this.setMissing(e);if(this.mode!=="categorical"){const a=parseDecimalBytes(t,r,n);if(a!==undefined){const i=Number.isNaN(a)?Number(N.decode(t.subarray(r,n))):a;return this.setNumber(e,i,undefined)}}const i=fieldHash(t,r,n);const o=this.recent[i&x];const s=o&&o.hash===i?o:this.textCache.get(i);if(s&&sameBytes(s.bytes,t,r,n)){if(s!==o)this.recent[i&x]=s;if(s.code===Q)return this.setMissing(e);if(this.mode==="infer")this.strayCount++;this.materialize();this.reserve(e);this.values[e]=Number.NaN;this.codes[e]=s.code;return}const f=this.setText(e,decodeField(t,r,n,a.origin()),a);if(!s&&f!==S&&this.textCache.size<C){this.textCache.set(i,{bytes:new Uint8Array(t.subarray(r,n)),code:f,hash:i})}}setText(e,t,r){const n=this.dictionary.get(t);if(n!==undefined&&this.codes){if(this.mode==="infer")this.strayCount++;this.reserve(e);this.values[e]=Number.NaN;this.codes[e]=n;return n}if(isMissingToken(t)){this.setMissing(e);return Q}if(this.mode!=="categorical"){const n=parseNumberText(t);if(n!==undefined){this.setNumber(e,n,undefined);return S}const a=r&&"origin"in r&&typeof r.origin==="function"?r.origin():r;if(this.mode==="numeric"){throw new errors_UserError(`${a?`${a.file}:${a.line}: `:""}column '${this.name}' is listed in numerical-columns but holds the text ${JSON.stringify(t)}.`,{location:a??{},hint:`Fix the value, or remove '${this.name}' from numerical-columns.`})}this.strayCount++;if(!this.firstStray&&a)this.firstStray={text:t,origin:a}}this.materialize();this.reserve(e);if(!this.codes)this.allocateCodes();let a=this.dictionary.get(t);if(a===undefined){a=this.levels.length;this.dictionary.set(t,a);this.levels.push(t)}this.values[e]=Number.NaN;this.codes[e]=a;return a}allocateCodes(){const e=new Int32Array(this.values.length);for(let t=0;t<this.size;t++)e[t]=Number.isNaN(this.values[t])?Q:S;this.codes=e;this.numbersAmongCodes=this.numberCount>0}finish(e,t,r,n=false){while(this.size<e)this.setMissing(this.size);const a=this.counted();if(a)return a;const i=this.values.subarray(0,e);const o=this.codes?.subarray(0,e);const s=this.numberCount+this.strayCount;const f=this.firstStray?` (first ${JSON.stringify(this.firstStray.text)} at ${this.firstStray.origin.file}:${this.firstStray.origin.line})`:"";if(this.mode!=="categorical"&&(this.strayCount===0||this.strayCount<=t*s)){if(this.strayCount>0){r.push(`Column '${this.name}' is numeric but ${this.strayCount} of its ${s} values are not numbers${f}; they were treated as missing. List the column in categorical-columns to treat it as categories instead.`)}const t=this.values.length-e;const a=n?undefined:e-this.numberCount;const o=numericColumn(this.name,t*16<=this.values.length?i:i.slice(),a);if(this.decimals<0||this.gridLow>this.gridHigh)return o;return{...o,grid:{decimals:this.decimals,low:this.gridLow,high:this.gridHigh}}}if(this.mode==="infer"&&this.numberCount>0&&this.numberCount>=this.strayCount){r.push(`Column '${this.name}' is treated as categorical although ${this.numberCount} of its ${s} values are numbers, because ${this.strayCount} are not${f}. List it in numerical-columns to force numbers (the texts would then be an error).`)}return this.categorical(i,o??new Int32Array(e).fill(Q),n)}counted(){const e=this.counter;if(!e)return undefined;const t=e.grid();if(t&&t.n>0&&e.span()<=t.n*A){return{name:this.name,kind:"numeric",counts:t,missing:this.countedMissing}}this.materialize();return undefined}categorical(e,t,r){if(!r&&!this.numbersAmongCodes){let e=0;for(let r=0;r<t.length;r++)if(t[r]<0)e++;return{name:this.name,kind:"categorical",codes:t,levels:[...this.levels],missing:e}}for(let r=0;r<t.length;r++){if(t[r]!==S)continue;const n=String(e[r]);let a=this.dictionary.get(n);if(a===undefined){a=this.levels.length;this.dictionary.set(n,a);this.levels.push(n)}t[r]=a}const n=new Int32Array(this.levels.length).fill(-1);const a=[];const i=new Int32Array(t.length);let o=0;for(let e=0;e<t.length;e++){const r=t[e];if(r<0){i[e]=Q;o++;continue}let s=n[r];if(s===-1){s=a.length;n[r]=s;a.push(this.levels[r])}i[e]=s}return{name:this.name,kind:"categorical",codes:i,levels:a,missing:o}}}function numericColumn(e,t,r){let n=r??0;if(r===undefined)for(let e=0;e<t.length;e++)if(Number.isNaN(t[e]))n++;return{name:e,kind:"numeric",values:t,missing:n}}const T="AGFzbQEAAAABGwRgAAF/YAV/f39/fwF/YAN/f38Bf2ACf38BfwMREAIBAwAAAAAAAAABAAAAAAAFAwEAAQZ6GH8BQYAIC38BQQALfwFBAAt/AUEsC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBAAt/AUEAC38BQQALfwFBfwt/AUEAC38BQQALfwFBAAsHzwEQBmxheW91dAAKDGtpbmRzQWRkcmVzcwALDm1pc3NpbmdBZGRyZXNzAAQQZnJhY3Rpb25zQWRkcmVzcwANC2xvd3NBZGRyZXNzAAkMaGlnaHNBZGRyZXNzAAwObnVtYmVyc0FkZHJlc3MAAwxjb2Rlc0FkZHJlc3MADwNlbmQADgttaXNzZWRGaWVsZAAHCm1pc3NlZEhhc2gABgttaXNzZWRTdGFydAAFCW1pc3NlZEVuZAAICHJlZ2lzdGVyAAEDcnVuAAAGbWVtb3J5AgAKrBQQ0gEBBH8DQCADIwFIBEAgA0ECdCIEIwZqQQA2AgAjCSAEakEANgIAIANBA3QiBCMKakQAAAAAAADwfzkDACMLIARqRAAAAAAAAPD/OQMAIANBAWohAwwBCwtBfyQUA0AgACABTCACIAVKcQRAAkBBACEEQQAkCCAAIAUQAiIDQQBOBEADQCAEIwhIBEAjBiMHIARBAnRqKAIAQQJ0aiIGIAYoAgBBAWo2AgAgBEEBaiEEDAELCwsgA0EASA0AIAMhACAFQQFqIQUMAgsLCyAAJBMgBQuPAQEDfyMQIxEgA2pJBEBBAA8LIAEjAEEBa3EhBgNAIAcjAEEBdkkEQCMMIAAjAGwgBmpBBHRqIgUoAgRFBEAjESMSIAJqIAP8CgAAIAUgATYCACAFIANBAWo2AgQgBSMRNgIIIAUgBDYCDCMRIANqJBFBAQ8LIAZBAWojAEEBa3EhBiAHQQFqIQcMAQsLQQALmA8DEH8DfgF8IwMhCgJAIxIgAGotAAAiAkENRiACQQpGcg0AA0AgCCMBSARAIAgjAmwgAWohC0EAIQUjBSAIai0AACINQQFGIAAiAiMSai0AACIGQSJHcQRAIAZBLUYEfyACQQFqIgIjEmotAAAaQQEFQQALIQxBCCACIgMjEmopAwAiEkL//v379+/fv/8Ag0LGjJmy5MiRo8YAfCASQoCBgoSIkKDAgH+EQrDgwIGDhoyYMH1Cf4WEIBKEQoCBgoSIkKDAgH+DIhN6QgOIpyATUBsiBwR+IBJCsODAgYOGjJgwhUIIIAesfUIDhoYiEkIKfiASQgiIfCISQv+BgIDwH4NC5ICAgIDI0Ad+IBJCEIhC/4GAgPAfg0KBgICAgOIJfnxCIIgFQgALIRIgAyAHaiECA0AgB0EIRgRAQQgjEiACaikDACITQv/+/fv379+//wCDQsaMmbLkyJGjxgB8IBNCgIGChIiQoMCAf4RCsODAgYOGjJgwfUJ/hYQgE4RCgIGChIiQoMCAf4MiFHpCA4inIBRQGyIHBH4gE0Kw4MCBg4aMmDCFQgggB6x9QgOGhiITQgp+IBNCCIh8IhNC/4GAgPAfg0LkgICAgMjQB34gE0IQiEL/gYCA8B+DQoGAgICA4gl+fEIgiAVCAAsgEiMEIAdBA3RqKwMA/AZ+fCESIAIgB2ohAgwBCwsgAiADayEJQQAhBCMSIAJqLQAAIgZBLkYEQCACQQFqIgIhA0EIIQcDQCAHQQhGBEBBCCMSIAJqKQMAIhNC//79+/fv37//AINCxoyZsuTIkaPGAHwgE0KAgYKEiJCgwIB/hEKw4MCBg4aMmDB9Qn+FhCAThEKAgYKEiJCgwIB/gyIUekIDiKcgFFAbIgcEfiATQrDgwIGDhoyYMIVCCCAHrH1CA4aGIhNCCn4gE0IIiHwiE0L/gYCA8B+DQuSAgICAyNAHfiATQhCIQv+BgIDwH4NCgYCAgIDiCX58QiCIBUIACyASIwQgB0EDdGorAwD8Bn58IRIgAiAHaiECDAELCyAJIAIgA2siBGohCSMSIAJqLQAAIQYLIAlBD0wgCUEASnEEfyAGQQpGIAYgCkZyIAZBDUZyBUEACwRAIBK5IRUgBARAIBUjBCAEQQN0aisDAKMhFSAEIwkgCEECdGoiACgCAEoEQCAAIAQ2AgALCyMNIAtBA3RqIBWaIBUgDBsiFTkDACAIQQN0IgAjC2ohAyAVIwogAGoiACsDAGMEQCAAIBU5AwALIBUgAysDAGQEQCADIBU5AwALQQEhBQUgACACRgR/IAZBCkYgBiAKRnIgBkENRnIFQQALBEAjDSALQQN0akQAAAAAAAD4fzkDACMHIwhBAnRqIAg2AgAjCEEBaiQIQQEhBQUgACICIxJqLQAAIQYLCwsgBUUEQCACIQQgBkEiRgRAIAJBAWoiAiEEA0AjEiACai0AACIAQQ1HIABBCkcgAEEiR3FxBEAgAkEBaiECDAELCyAAQSJHDQQgAiIAQQFqIgIjEmotAAAiBkEiRg0EBSAKrUKBgoSIkKDAgAF+IRIDQCACIBIjEiACaikDACIThSIUQoGChIiQoMCAAX0gFEJ/hYMgE0KKlKjQoMGChQqFIhNCgYKEiJCgwIABfSATQn+Fg4RCgIGChIiQoMCAf4MiE3pCA4inaiEAIBNQBEAgAkEIaiECDAELCyAAIxJqLQAAIgZBCkYgACAESnEEfyMSIABBAWtqLQAAQQ1GBUEACwR/QQ0hBiAAQQFrIgAFIAALIQILIA0EQEF/IQMgACAERwRAIAAgBGsiDKxClfip+pe33puef34hEiAEIQMDQCADQQhqIgUgAEgEQCASIxIgA2opAwCFQpX4qfqXt96bnn9+IhIgEkIdiIUhEiAFIQMMAQsLIAAgA0oEQCAAIANrIgVBCEYEfiMSIANqKQMABSMSIANqKQMAQgEgBaxCA4aGQgF9gwsgEoVClfip+pe33puef34hEgsgEkIgiCAShadB/////wNxIg8jAEEBa3EhB0EAIQkCfwNAIAkjAEkEQEF+IwwgCCMAbCAHakEEdGoiDigCBCIDRQ0CGiADIAxBAWpGIA4oAgAgD0ZxBH8gDigCCCEQIxIgBGohEUEAIQMCfwNAIANBCGoiBSAMTARAQQAgAyAQaikDACADIBFqKQMAUg0CGiAFIQMMAQsLIAMgDEYEfkIABUIBIAwgA2usQgOGhkIBfSADIBBqKQMAIAMgEWopAwCFgwtQCwVBAAsEQCAOKAIMDAMLIAdBAWojAEEBa3EhByAJQQFqIQkMAQsLQX4LIgNBfkYEQCAIJBQgDyQVIAQkFiAAJBcMBgsgDUEBRiADQX9HcQ0FCyMNIAtBA3RqRAAAAAAAAPh/OQMAIA1BAUcEQCMOIAtBAnRqIAM2AgALIANBf0YEQCMHIwhBAnRqIAg2AgAjCEEBaiQICwsLIAgjAUEBa0gEfyAGIApHDQMgAkEBagUgBkEKRgR/IAJBAWoFIAZBDUYEf0F/IAJBAmojEiACQQFqai0AAEEKRxsFQX8LCw8LIQAgCEEBaiEIDAELC0F/DwtBfwsEACMNCwQAIwYLBAAjFgsEACMVCwQAIxQLBAAjFwsEACMKC+4BAQF8IAAkASAEJAAgASQCIAIkA0GACCQEQYAJJAUgAEEPakFwcUGACWoiAiQGIAIgAEECdCICaiIEJAcgAiAEaiIEJAkgAiAEakEPakFwcSICJAogAEEDdCIEIAJqIgIkCyACIARqIgIkDCACIAAjAGxBBHRqIgIkDSACIAAgAWwiAEEDdGoiASQOIAEgAEECdGoiACQPIAAgA2oiACQQIw8kESAAQQ9qQXBxJBJEAAAAAAAA8D8hBUEAIQADQCAAQRBIBEAjBCAAQQN0aiAFOQMAIAVEAAAAAAAAJECiIQUgAEEBaiEADAELCyMSCwQAIwULBAAjCwsEACMJCwQAIxMLBAAjDgs=";const F=4096;const U=1<<21;const R=1024;const L=1<<16;const k=1<<20;const P=65536;const D=0;const q=1;const G=2;const Y=globalThis.WebAssembly;let V;function scanModule(){V??=new Y.Module(Buffer.from(T,"base64"));return V}class BatchScanner{sinks;table;rows=0;scan;n;input;kinds;runRows;constructor(e,t,r){this.sinks=e;this.table=r;this.n=e.length;this.scan=new Y.Instance(scanModule(),{}).exports;this.runRows=Math.max(16,Math.min(F,Math.floor(U/Math.max(1,this.n))));const n=Math.max(64,Math.min(R,2**Math.floor(Math.log2(L/Math.max(1,this.n)))));this.input=this.scan.layout(this.n,this.runRows,t,k,n);this.reserve(0);this.kinds=new Uint8Array(this.n)}load(e){this.reserve(e.length);new Uint8Array(this.scan.memory.buffer,this.input,e.length).set(e)}run(e,t,r){this.rows=0;let n=Math.min(this.runRows,this.table.sequentialRoom());if(n<=0||!this.prepare(n))return t;for(let a=0;;a++){const i=this.scan.run(t,r,n);this.commit(i);t=this.scan.end();n-=i;if(n<=0||t>r||a>=16||!this.learnMissedText(e))return t;this.prepare(n)}}reserve(e){const t=this.input+e+64;const r=this.scan.memory.buffer.byteLength;if(t>r)this.scan.memory.grow(Math.ceil((t-r)/P))}prepare(e){const t=this.table.rowsSeen;for(let r=0;r<this.n;r++){const n=this.sinks[r];if(!n){this.kinds[r]=D;continue}const a=n.directTarget(e);if(a.size!==t)return false;this.kinds[r]=a.kind==="codes"?G:q}new Uint8Array(this.scan.memory.buffer,this.scan.kindsAddress(),this.n).set(this.kinds);return true}commit(e){if(e===0)return;const t=this.scan.memory.buffer;const r=new Float64Array(t,this.scan.numbersAddress(),this.n*this.runRows);const n=new Int32Array(t,this.scan.codesAddress(),this.n*this.runRows);const a=new Int32Array(t,this.scan.missingAddress(),this.n);const i=new Int32Array(t,this.scan.fractionsAddress(),this.n);const o=new Float64Array(t,this.scan.lowsAddress(),this.n);const s=new Float64Array(t,this.scan.highsAddress(),this.n);const f=this.table.rowsSeen;for(let t=0;t<this.n;t++){const l=this.sinks[t];if(!l)continue;const u=l.directTarget(e);const c=t*this.runRows;const d=e-a[t];const h={fraction:i[t],low:o[t],high:s[t]};if(u.kind==="counts"){l.countDirect(r,c,e,d,h);continue}u.values.set(r.subarray(c,c+e),f);if(u.kind==="codes"){u.codes.set(n.subarray(c,c+e),f);l.advanceDirect(e,0,d)}else{l.advanceDirect(e,d,0,h)}}this.table.takeRows(e);this.rows+=e}learnMissedText(e){const t=this.scan.missedField();if(t<0)return false;const r=this.scan.missedHash();const n=this.scan.missedStart();const a=this.scan.missedEnd();const i=this.sinks[t]?.cachedText(fieldHash(e,n,a));if(!i||i.bytes.length!==a-n)return false;for(let t=0;t<i.bytes.length;t++)if(i.bytes[t]!==e[n+t])return false;return this.scan.register(t,r,n,a-n,i.code)===1}}const H=34;const W=10;const O=13;const z=Array.from({length:16},(e,t)=>10**t);class RowScanner{numeric;delimiter;values;fractions;isNumber;starts;ends;constructor(e,t){this.numeric=e;this.delimiter=t;const r=e.length;this.values=new Float64Array(r);this.fractions=new Int32Array(r);this.isNumber=new Uint8Array(r);this.starts=new Int32Array(r);this.ends=new Int32Array(r)}scan(e,t){const r=this.numeric;const n=this.values;const a=this.isNumber;const i=this.starts;const o=this.ends;const s=r.length;const f=this.delimiter;const l=e[t];if(l===W||l===O)return-1;for(let l=0;l<s;l++){let u=t;let c=-1;a[l]=0;if(r[l]===1){let r=t;let i=false;if(e[r]===45){i=true;r++}const o=r;let s=0;let u;while((u=e[r]-48)>>>0<10){s=s*10+u;r++}let d=r-o;let h=0;if(e[r]===46){r++;const t=r;while((u=e[r]-48)>>>0<10){s=s*10+u;r++}h=r-t;d+=h}const A=e[r];if(d>0&&d<=15&&(A===f||A===W||A===O)){const e=h===0?s:s/z[h];n[l]=i?-e:e;this.fractions[l]=h;a[l]=1;c=r;t=r}}if(c<0){if(e[t]===H){let r=t+1;let n;while((n=e[r])!==H&&n!==W&&n!==O)r++;if(n!==H)return-1;u=t+1;c=r;t=r+1;if(e[t]===H)return-1}else{let r=t;let n;while((n=e[r])!==f&&n!==W)r++;c=n===W&&r>t&&e[r-1]===O?r-1:r;t=c}}i[l]=u;o[l]=c;const d=e[t];if(l<s-1){if(d!==f)return-1;t++}else if(d===W){return t+1}else if(d===O){return e[t+1]===W?t+2:-1}else{return-1}}return-1}}const Z=34;const j=10;const J=13;async function readDelimited(e,t,r,n,a){let i;let o=[];let s=[];let f;let l=1;let u=1;let c=0;let d=-1;let h=0;let A=true;let p=false;const origin=e=>({file:t,line:u,column:e+1});const fail=(e,r,n)=>{throw new errors_UserError(`${t}:${u}: ${e}`,{location:origin(r),...n?{hint:n}:{}})};const emit=(e,t,r,a)=>{if(!i){let n=decodeField(e,t,r,origin(c));if(a)n=n.replaceAll('""','"');v.push(n.trim());return}if(c===0)d=n.nextSlot();if(c>=i.length)tooManyFields();if(d<0)return;const f=o[c];if(!f)return;if(a){const n=decodeField(e,t,r,origin(c)).replaceAll('""','"');f.setText(d,n,s[c])}else{f.setBytes(d,e,t,r,s[c])}};const v=[];let g=[];let m;let w;let y;let I=0;let b=0;let E=0;let B=0;const commitRow=e=>{const t=n.nextSlot();if(t<0)return;const{values:r,fractions:a,isNumber:i,starts:f,ends:l}=m;for(let n=0;n<o.length;n++){const u=o[n];if(!u)continue;if(i[n]===1)u.pushDecimal(t,r[n],a[n]);else{c=n;u.setBytes(t,e,f[n],l[n],s[n])}}c=0};const tooManyFields=()=>fail(`row has more than the ${i.length} fields of the header.`,c,"Quote fields that contain the delimiter.");const endRow=()=>{if(!i){i=v.slice();checkHeader(i,t);o=i.map(e=>n.column(e));g=o.map(e=>e&&e.mode!=="categorical"?e:undefined);m=new RowScanner(Uint8Array.from(g,e=>e?1:0),r);s=i.map((e,t)=>({origin:()=>origin(t)}));w=new BatchScanner(o,r,n)}else{if(c!==i.length-1){fail(`row has ${c+1} field(s) but the header has ${i.length}.`,c,"Every row needs as many fields as the header.")}h++}c=0;u=l};const parse=(e,t)=>{let a=0;const o=e.length;if(A){A=false;if(o>=3&&e[0]===239&&e[1]===187&&e[2]===191)a=3}if(p){p=false;if(e[a]===j)a++}const s=e.lastIndexOf(j);while(a<o){if(c===0&&w&&a<=s&&(b<64||b*4<I)){if(y!==e){w.load(e);y=e}const t=w.run(e,a,s);const r=w.rows;I++;if(r>0){a=t;l+=r;h+=r;u=l;continue}else{b++}}if(c===0&&m&&a<=s&&(B<64||B<E)){const t=m.scan(e,a);if(t>=0){E++;commitRow(e);a=t;l++;h++;u=l;continue}B++}const f=a;let A=false;if(e[a]===Z){let n=a+1;let i=-1;for(;;){const r=e.indexOf(Z,n);if(r===-1||r+1>=o&&!t)break;if(e[r+1]===Z){A=true;n=r+2;continue}i=r;break}if(i===-1){if(t)fail("a quoted field is never closed (unterminated quote).",c,'Close the quote or escape quotes inside a field by doubling them ("").');return e.subarray(f)}const s=e[i+1];if(i+1<o&&s!==r&&s!==j&&s!==J){fail("unexpected text after a closing quote.",c,'Escape quotes inside a quoted field by doubling them ("").')}emit(e,a+1,i,A);for(let t=a+1;t<i;t++)if(e[t]===j)l++;a=i+1}else{if(i&&g[c]){const s=scanPlainDecimal(e,a,o);if(s>0){const f=e[s];if(f===r||f===j){if(c===0)d=n.nextSlot();if(d>=0)g[c].pushDecimal(d,X,_);a=s;if(f===r){c++;a++;if(c>=i.length)tooManyFields();if(a>=o&&t){emit(e,a,a,false);endRow()}}else{a++;l++;endRow()}continue}}}let s=a;while(s<o){const t=e[s];if(t===r||t===j)break;s++}if(s===o&&!t)return e.subarray(f);let h=s;if(s>a&&e[s-1]===J&&(s===o||e[s]===j))h=s-1;if(c===0&&h===a&&s!==o&&e[s]!==r){a=s+1;l++;u=l;continue}if(c===0&&h===a&&s===o)return undefined;emit(e,a,h,false);a=s}if(a>=o){endRow();return undefined}const v=e[a];if(v===r){c++;a++;if(a>=o&&t){emit(e,a,a,false);endRow()}}else if(v===J){a++;l++;endRow();if(a>=o)p=true;else if(e[a]===j)a++}else{a++;l++;endRow()}}return undefined};let x=0;let C=false;try{for(let t=await e.next(f);t;t=await e.next(f)){x+=t.length-(f?.length??0);f=parse(t,false);if(!C&&a!==undefined&&h>=1e3){C=true;const e=(x-(f?.length??0))/h;n.expectRows((a-x)/e*1.02+1)}}}finally{await e.close()}if(f&&f.length>0)parse(f,true);else if(c>0){emit(Buffer.alloc(0),0,0,false);endRow()}if(!i)throw new errors_UserError(`${t} is empty: it has no header row.`,{location:{file:t}});if(h===0)throw new errors_UserError(`${t} has a header but no data rows.`,{location:{file:t,line:1}});return{header:i,rows:h}}function checkHeader(e,t){const r=new Map;e.forEach((e,n)=>{if(e===""){throw new errors_UserError(`${t}:1: column ${n+1} of the header has no name.`,{location:{file:t,line:1,column:n+1}})}const a=r.get(e);if(a!==undefined){throw new errors_UserError(`${t}:1: column name '${e}' appears twice (columns ${a+1} and ${n+1}).`,{location:{file:t,line:1,column:n+1}})}r.set(e,n)})}const K=Array.from({length:16},(e,t)=>10**t);let X=0;let _=0;function scanPlainDecimal(e,t,r){let n=t;let a=false;if(e[n]===45){a=true;n++}const i=n;let o=0;let s;while(n<r&&(s=e[n]-48)>=0&&s<=9){o=o*10+s;n++}let f=n-i;let l=0;if(n<r&&e[n]===46){n++;const t=n;while(n<r&&(s=e[n]-48)>=0&&s<=9){o=o*10+s;n++}l=n-t;f+=l}if(f===0||f>15||n>=r)return-1;const u=l===0?o:o/K[l];X=a?-u:u;_=l;return n}const $=/[*?[{]/;async function glob_expandPaths(e,t=process.cwd()){const r=typeof e==="string"?[e]:e;const n=new Set;for(const e of r){const r=e.trim();if(r==="")continue;if(!$.test(r)){const e=l().resolve(t,r);const a=await(0,i.stat)(e).catch(()=>undefined);if(!a)throw new errors_UserError(`Data file not found: ${r} (looked at ${e}).`,{location:{file:r}});if(!a.isFile())throw new errors_UserError(`${r} is not a file.`,{location:{file:r}});n.add(e);continue}const a=await expandGlob(l().resolve(t,r));if(a.length===0)throw new errors_UserError(`No file matches the pattern ${r}.`,{location:{file:r}});for(const e of a)n.add(e)}if(n.size===0)throw new errors_UserError("No data file was given.");return[...n].sort()}async function expandGlob(e){const{root:t}=l().parse(e);const r=e.slice(t.length).split(/[\\/]+/).filter(e=>e!=="");const n=[];while(r.length>0&&!$.test(r[0]))n.push(r.shift());const a=l().join(t,...n);const i=[];await walk(a,r.map(segmentMatcher),i);return i}function segmentMatcher(e){if(e==="**")return{any:true};return{any:false,regex:globToRegex(e),dot:e.startsWith(".")}}async function walk(e,t,r){const[n,...a]=t;if(!n){const t=await(0,i.stat)(e).catch(()=>undefined);if(t?.isFile())r.push(e);return}const o=await(0,i.readdir)(e,{withFileTypes:true}).catch(()=>[]);if(n.any){await walk(e,a,r);for(const n of o){if(n.name.startsWith(".")||!n.isDirectory())continue;await walk(l().join(e,n.name),t,r)}return}for(const t of o){if(t.name.startsWith(".")&&!n.dot)continue;if(!n.regex.test(t.name))continue;const o=l().join(e,t.name);if(a.length===0){if(t.isFile()||t.isSymbolicLink()&&(await(0,i.stat)(o).catch(()=>undefined))?.isFile())r.push(o)}else if(t.isDirectory()||t.isSymbolicLink()){await walk(o,a,r)}}}function globToRegex(e){let t="";for(let r=0;r<e.length;r++){const n=e[r];if(n==="*")t+="[^/]*";else if(n==="?")t+="[^/]";else if(n==="["){const n=e.indexOf("]",r+1);if(n===-1)t+="\\[";else{let a=e.slice(r+1,n);if(a.startsWith("!"))a=`^${a.slice(1)}`;t+=`[${a.replace(/\\/g,"\\\\")}]`;r=n}}else if(n==="{"){const n=e.indexOf("}",r+1);if(n===-1)t+="\\{";else{const a=e.slice(r+1,n).split(",").map(e=>e.replace(/[.+^$()|\\]/g,"\\$&").replace(/\*/g,"[^/]*").replace(/\?/g,"[^/]"));t+=`(?:${a.join("|")})`;r=n}}else t+=n.replace(/[.+^$()|\\\]}]/g,"\\$&")}return new RegExp(`^${t}$`)}const ee=10;const te=new TextDecoder("utf-8",{fatal:true});async function readJsonLines(e,t,r){let n;let a=0;let i=0;const o=[];const s=new Set;let f=0;const l=new Map;const handle=(e,n,u)=>{a++;if(u>n&&e[u-1]===13)u--;let c;try{c=te.decode(e.subarray(n,u))}catch{throw new errors_UserError(`${t}:${a}: the line holds bytes that are not valid UTF-8.`,{location:{file:t,line:a}})}if(a===1&&c.charCodeAt(0)===65279)c=c.slice(1);if(c.trim()==="")return;let d;try{d=JSON.parse(c)}catch(e){const r=/position (\d+)/.exec(String(e))?.[1];const n=r===undefined?undefined:Number(r)+1;throw new errors_UserError(`${t}:${a}: not valid JSON${n?` (column ${n})`:""}: ${e.message}`,{location:{file:t,line:a,...n?{column:n}:{}}})}if(d===null||typeof d!=="object"||Array.isArray(d)){throw new errors_UserError(`${t}:${a}: each line of a JSON Lines file must be an object ({"column": value, ...}).`,{location:{file:t,line:a,column:1}})}i++;const h=r.nextSlot();if(h<0)return;f++;const A={file:t,line:a,column:1};for(const[e,t]of Object.entries(d)){const n=r.column(e);if(!n)continue;if(!s.has(e)){s.add(e);o.push(n)}l.set(n,f);setValue(n,h,t,A)}for(const e of o)if(l.get(e)!==f)e.setMissing(h)};const parse=(e,t)=>{let r=0;for(;;){const n=e.indexOf(ee,r);if(n===-1){if(t){if(r<e.length)handle(e,r,e.length);return undefined}return e.subarray(r)}handle(e,r,n);r=n+1}};for await(const t of e){n=parse(n&&n.length>0?Buffer.concat([n,t]):t,false)}if(n&&n.length>0)parse(n,true);if(a===0||i===0)throw new errors_UserError(`${t} is empty: it has no JSON rows.`,{location:{file:t}});return{rows:i}}function setValue(e,t,r,n){if(r===null||r===undefined)e.setMissing(t);else if(typeof r==="number")e.setNumber(t,r,n);else if(typeof r==="string")e.setText(t,r,n);else if(typeof r==="boolean")e.setText(t,String(r),n);else e.setText(t,JSON.stringify(r),n)}const re=e(import.meta.url)("fs");async function asyncBufferFromFile(e){const{size:t}=await re.promises.stat(e);return{byteLength:t,slice(t,r){if(t===r)return Promise.resolve(new ArrayBuffer(0));const n=(0,re.createReadStream)(e,{start:t,end:r===undefined?undefined:r-1});return new Promise((e,t)=>{const r=[];n.on("data",e=>r.push(e));n.on("error",t);n.on("end",()=>{const t=Buffer.concat(r);if(t.byteOffset===0&&t.byteLength===t.buffer.byteLength){e(t.buffer)}else{e(t.buffer.slice(t.byteOffset,t.byteOffset+t.byteLength))}})})}}}const ne=["BOOLEAN","INT32","INT64","INT96","FLOAT","DOUBLE","BYTE_ARRAY","FIXED_LEN_BYTE_ARRAY"];const ae=["PLAIN","GROUP_VAR_INT","PLAIN_DICTIONARY","RLE","BIT_PACKED","DELTA_BINARY_PACKED","DELTA_LENGTH_BYTE_ARRAY","DELTA_BYTE_ARRAY","RLE_DICTIONARY","BYTE_STREAM_SPLIT"];const ie=["REQUIRED","OPTIONAL","REPEATED"];const oe=["UTF8","MAP","MAP_KEY_VALUE","LIST","ENUM","DECIMAL","DATE","TIME_MILLIS","TIME_MICROS","TIMESTAMP_MILLIS","TIMESTAMP_MICROS","UINT_8","UINT_16","UINT_32","UINT_64","INT_8","INT_16","INT_32","INT_64","JSON","BSON","INTERVAL"];const se=["UNCOMPRESSED","SNAPPY","GZIP","LZO","BROTLI","LZ4","ZSTD","LZ4_RAW"];const fe=["DATA_PAGE","INDEX_PAGE","DICTIONARY_PAGE","DATA_PAGE_V2"];const le=["UNORDERED","ASCENDING","DESCENDING"];const ue=["SPHERICAL","VINCENTY","THOMAS","ANDOYER","KARNEY"];function wkbToGeojson(e){const t=getFlags(e);if(t.type===1){return{type:"Point",coordinates:readPosition(e,t)}}else if(t.type===2){return{type:"LineString",coordinates:readLine(e,t)}}else if(t.type===3){return{type:"Polygon",coordinates:readPolygon(e,t)}}else if(t.type===4){const r=[];for(let n=0;n<t.count;n++){r.push(readPosition(e,getFlags(e)))}return{type:"MultiPoint",coordinates:r}}else if(t.type===5){const r=[];for(let n=0;n<t.count;n++){r.push(readLine(e,getFlags(e)))}return{type:"MultiLineString",coordinates:r}}else if(t.type===6){const r=[];for(let n=0;n<t.count;n++){r.push(readPolygon(e,getFlags(e)))}return{type:"MultiPolygon",coordinates:r}}else if(t.type===7){const r=[];for(let n=0;n<t.count;n++){r.push(wkbToGeojson(e))}return{type:"GeometryCollection",geometries:r}}else{throw new Error(`Unsupported geometry type: ${t.type}`)}}function getFlags(e){const{view:t}=e;const r=t.getUint8(e.offset++)===1;const n=t.getUint32(e.offset,r);e.offset+=4;const a=n%1e3;const i=Math.floor(n/1e3);let o=0;if(a>1&&a<=7){o=t.getUint32(e.offset,r);e.offset+=4}let s=2;if(i)s++;if(i===3)s++;return{littleEndian:r,type:a,dim:s,count:o}}function readPosition(e,t){const r=[];for(let n=0;n<t.dim;n++){const n=e.view.getFloat64(e.offset,t.littleEndian);e.offset+=8;r.push(n)}return r}function readLine(e,t){const r=[];for(let n=0;n<t.count;n++){r.push(readPosition(e,t))}return r}function readPolygon(e,t){const{view:r}=e;const n=[];for(let a=0;a<t.count;a++){const a=r.getUint32(e.offset,t.littleEndian);e.offset+=4;n.push(readLine(e,{...t,count:a}))}return n}const ce=new TextDecoder;const de={timestampFromMilliseconds(e){return new Date(Number(e))},timestampFromMicroseconds(e){return new Date(Number(e/1000n))},timestampFromNanoseconds(e){return new Date(Number(e/1000000n))},dateFromDays(e){return new Date(e*864e5)},stringFromBytes(e){return e&&ce.decode(e)},jsonFromBytes(e){return e&&JSON.parse(ce.decode(e))},geometryFromBytes(e){return e&&wkbToGeojson({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0})},geographyFromBytes(e){return e&&wkbToGeojson({view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0})},uuidFromBytes(e){if(!e)return undefined;const t=Array.from(e,e=>e.toString(16).padStart(2,"0")).join("");return t.slice(0,8)+"-"+t.slice(8,12)+"-"+t.slice(12,16)+"-"+t.slice(16,20)+"-"+t.slice(20,32)}};function convertWithDictionary(e,t,r,n){if(t&&r.endsWith("_DICTIONARY")){let r=e;if(e instanceof Uint8Array&&!(t instanceof Uint8Array)){r=new t.constructor(e.length)}for(let n=0;n<e.length;n++){r[n]=t[e[n]]}return r}else{return convert(e,n)}}function convert(e,t){const{element:r,parsers:n,utf8:a=true,schemaPath:i}=t;const{type:o,converted_type:s,logical_type:f}=r;const l=r.repetition_type!=="REQUIRED";const u=i?.some(e=>e.element.logical_type?.type==="VARIANT");if(u&&o==="BYTE_ARRAY"&&s!=="UTF8"&&f?.type!=="STRING"){return e}if(s==="DECIMAL"){const t=r.scale||0;const n=10**-t;const a=new Array(e.length);for(let t=0;t<a.length;t++){if(e[t]instanceof Uint8Array){a[t]=parseDecimal(e[t])*n}else{a[t]=Number(e[t])*n}}return a}if(!s&&o==="INT96"){return Array.from(e).map(e=>n.timestampFromNanoseconds(parseInt96Nanos(e)))}if(s==="DATE"){return Array.from(e).map(e=>n.dateFromDays(e))}if(s==="TIMESTAMP_MILLIS"){return Array.from(e).map(e=>n.timestampFromMilliseconds(e))}if(s==="TIMESTAMP_MICROS"){return Array.from(e).map(e=>n.timestampFromMicroseconds(e))}if(s==="JSON"){return e.map(e=>n.jsonFromBytes(e))}if(s==="BSON"){throw new Error("parquet bson not supported")}if(s==="INTERVAL"){throw new Error("parquet interval not supported")}if(f?.type==="GEOMETRY"){return e.map(e=>n.geometryFromBytes(e))}if(f?.type==="GEOGRAPHY"){return e.map(e=>n.geographyFromBytes(e))}if(f?.type==="UUID"){return e.map(e=>n.uuidFromBytes(e))}if(s==="UTF8"||f?.type==="STRING"||a&&o==="BYTE_ARRAY"){return e.map(e=>n.stringFromBytes(e))}if(s==="UINT_64"||f?.type==="INTEGER"&&f.bitWidth===64&&!f.isSigned){if(e instanceof BigInt64Array)return new BigUint64Array(e.buffer,e.byteOffset,e.length);const t=l?new Array(e.length):new BigUint64Array(e.length);for(let r=0;r<t.length;r++)t[r]=e[r];return t}if(s==="UINT_32"||f?.type==="INTEGER"&&f.bitWidth===32&&!f.isSigned){if(e instanceof Int32Array)return new Uint32Array(e.buffer,e.byteOffset,e.length);const t=l?new Array(e.length):new Uint32Array(e.length);for(let r=0;r<t.length;r++){t[r]=e[r]<0?4294967296+e[r]:e[r]}return t}if(f?.type==="FLOAT16"){return Array.from(e).map(parseFloat16)}if(f?.type==="TIMESTAMP"){const{unit:t}=f;let r=n.timestampFromMilliseconds;if(t==="MICROS")r=n.timestampFromMicroseconds;if(t==="NANOS")r=n.timestampFromNanoseconds;const a=new Array(e.length);for(let t=0;t<a.length;t++){a[t]=r(e[t])}return a}return e}function parseDecimal(e){if(!e.length)return 0;let t=0n;for(const r of e){t=t*256n+BigInt(r)}const r=e.length*8;if(t>=2n**BigInt(r-1)){t-=2n**BigInt(r)}return Number(t)}function parseInt96Nanos(e){const t=(e>>64n)-2440588n;const r=e&0xffffffffffffffffn;return t*86400000000000n+r}function parseFloat16(e){if(!e)return undefined;const t=e[1]<<8|e[0];const r=t>>15?-1:1;const n=t>>10&31;const a=t&1023;if(n===0)return r*2**-14*(a/1024);if(n===31)return a?NaN:r*Infinity;return r*2**(n-15)*(1+a/1024)}function schemaTree(e,t,r){const n=e[t];const a=[];let i=1;if(n.num_children){while(a.length<n.num_children){const n=e[t+i];const o=schemaTree(e,t+i,[...r,n.name]);i+=o.count;a.push(o)}}return{count:i,element:n,children:a,path:r}}function getSchemaPath(e,t){return getTreePath(schemaTree(e,0,[]),t)}function getTreePath(e,t){const r=[e];for(const n of t){const a=e.children.find(e=>e.element.name===n);if(!a)throw new Error(`parquet schema element not found: ${t}`);r.push(a);e=a}return r}function getPhysicalColumns(e){const t=[];function traverse(e){if(e.children.length){for(const t of e.children){traverse(t)}}else{t.push(e.path.join("."))}}traverse(e);return t}function getMaxRepetitionLevel(e){let t=0;for(const{element:r}of e){if(r.repetition_type==="REPEATED"){t++}}return t}function getMaxDefinitionLevel(e){let t=0;for(const{element:r}of e.slice(1)){if(r.repetition_type!=="REQUIRED"){t++}}return t}function isListLike(e){if(!e)return false;if(e.element.converted_type!=="LIST")return false;if(e.children.length>1)return false;const t=e.children[0];if(t.children.length>1)return false;if(t.element.repetition_type!=="REPEATED")return false;return true}function isMapLike(e){if(!e)return false;if(e.element.converted_type!=="MAP")return false;if(e.children.length>1)return false;const t=e.children[0];if(t.children.length!==2)return false;if(t.element.repetition_type!=="REPEATED")return false;const r=t.children.find(e=>e.element.name==="key");if(r?.element.repetition_type==="REPEATED")return false;const n=t.children.find(e=>e.element.name==="value");if(n?.element.repetition_type==="REPEATED")return false;return true}function isFlatColumn(e){if(e.length!==2)return false;const[,t]=e;if(t.element.repetition_type==="REPEATED")return false;if(t.children.length)return false;return true}const he=0;const Ae=1;const pe=2;const ve=3;const ge=4;const me=5;const we=6;const ye=7;const Ie=8;const be=9;const Ee=12;function deserializeTCompactProtocol(e){const t={};let r=0;while(true){if(e.offset>=e.view.byteLength)throw new Error("thrift struct ended without STOP");const n=e.view.getUint8(e.offset++);const a=n&15;if(a===he)break;const i=n>>4;r=i?r+i:readZigZag(e);t[`field_${r}`]=readElement(e,a)}return t}function readElement(e,t){switch(t){case Ae:return true;case pe:return false;case ve:return e.view.getInt8(e.offset++);case ge:case me:return readZigZag(e);case we:return readZigZagBigInt(e);case ye:{const t=e.view.getFloat64(e.offset,true);e.offset+=8;return t}case Ie:{const t=readVarInt(e);if(e.offset+t>e.view.byteLength){throw new Error(`thrift binary length ${t} exceeds remaining ${e.view.byteLength-e.offset} bytes`)}const r=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t;return r}case be:{const t=e.view.getUint8(e.offset++);const r=t&15;let n=t>>4;if(n===15){n=readVarInt(e)}const a=r===Ae||r===pe;const i=new Array(n);for(let t=0;t<n;t++){i[t]=a?readElement(e,ve)===1:readElement(e,r)}return i}case Ee:return deserializeTCompactProtocol(e);default:throw new Error(`thrift unhandled type: ${t}`)}}function readVarInt(e){let t=0;let r=0;while(true){const n=e.view.getUint8(e.offset++);t|=(n&127)<<r;if(!(n&128)){return t}r+=7}}function readVarBigInt(e){let t=0n;let r=0n;while(true){const n=e.view.getUint8(e.offset++);t|=BigInt(n&127)<<r;if(!(n&128)){return t}r+=7n}}function readZigZag(e){const t=readVarInt(e);return t>>>1^-(t&1)}function readZigZagBigInt(e){const t=readVarBigInt(e);return t>>1n^-(t&1n)}function markGeoColumns(e,t){const r=new Map;const n=t?.find(({key:e})=>e==="geo")?.value;const a=(n&&JSON.parse(n)?.columns)??{};for(const[e,t]of Object.entries(a)){if(t.encoding!=="WKB")continue;const n=t.edges==="spherical"?"GEOGRAPHY":"GEOMETRY";const a=t.crs?.id??t.crs?.ids?.[0];const i=a?`${a.authority}:${a.code.toString()}`:undefined;r.set(e,{type:n,crs:i})}for(let t=1;t<e.length;t++){const{logical_type:n,name:a,num_children:i,type:o}=e[t];if(i){t+=i;continue}if(o==="BYTE_ARRAY"&&!n){e[t].logical_type=r.get(a)}}}const Be=1<<19;const xe=new TextDecoder;function decode(e){return e&&xe.decode(e)}async function metadata_parquetMetadataAsync(e,{parsers:t,initialFetchSize:r=Be,geoparquet:n=true}={}){if(!e||!(e.byteLength>=0))throw new Error("parquet expected AsyncBuffer");const a=Math.max(0,e.byteLength-r);const i=await e.slice(a,e.byteLength);const o=new DataView(i);if(o.getUint32(i.byteLength-4,true)!==827474256){throw new Error("parquet file invalid (footer != PAR1)")}const s=o.getUint32(i.byteLength-8,true);if(s>e.byteLength-8){throw new Error(`parquet metadata length ${s} exceeds available buffer ${e.byteLength-8}`)}if(s+8>r){const r=e.byteLength-s-8;const o=await e.slice(r,a);const f=new ArrayBuffer(s+8);const l=new Uint8Array(f);l.set(new Uint8Array(o));l.set(new Uint8Array(i),a-r);return parquetMetadata(f,{parsers:t,geoparquet:n})}else{return parquetMetadata(i,{parsers:t,geoparquet:n})}}function parquetMetadata(e,{parsers:t,geoparquet:r=true}={}){let n;if(e instanceof ArrayBuffer){n=new DataView(e)}else if(e instanceof Uint8Array){n=new DataView(e.buffer,e.byteOffset,e.byteLength)}else{throw new Error("parquet expected ArrayBuffer or Uint8Array")}const a={...de,...t};if(n.byteLength<8){throw new Error("parquet file is too short")}if(n.getUint32(n.byteLength-4,true)!==827474256){throw new Error("parquet file invalid (footer != PAR1)")}const i=n.byteLength-8;const o=n.getUint32(i,true);if(o>n.byteLength-8){throw new Error(`parquet metadata length ${o} exceeds available buffer ${n.byteLength-8}`)}const s=i-o;const f={view:n,offset:s};const l=deserializeTCompactProtocol(f);const u=l.field_1;const c=l.field_2.map(e=>({type:ne[e.field_1],type_length:e.field_2,repetition_type:ie[e.field_3],name:decode(e.field_4),num_children:e.field_5,converted_type:oe[e.field_6],scale:e.field_7,precision:e.field_8,field_id:e.field_9,logical_type:logicalType(e.field_10)}));const d=c.filter(e=>e.type);const h=l.field_3;const A=l.field_4.map(e=>({columns:e.field_1.map((e,t)=>({file_path:decode(e.field_1),file_offset:e.field_2,meta_data:e.field_3&&{type:ne[e.field_3.field_1],encodings:e.field_3.field_2?.map(e=>ae[e]),path_in_schema:e.field_3.field_3.map(decode),codec:se[e.field_3.field_4],num_values:e.field_3.field_5,total_uncompressed_size:e.field_3.field_6,total_compressed_size:e.field_3.field_7,key_value_metadata:e.field_3.field_8?.map(e=>({key:decode(e.field_1),value:decode(e.field_2)})),data_page_offset:e.field_3.field_9,index_page_offset:e.field_3.field_10,dictionary_page_offset:e.field_3.field_11,statistics:convertStats(e.field_3.field_12,d[t],a),encoding_stats:e.field_3.field_13?.map(e=>({page_type:fe[e.field_1],encoding:ae[e.field_2],count:e.field_3})),bloom_filter_offset:e.field_3.field_14,bloom_filter_length:e.field_3.field_15,size_statistics:e.field_3.field_16&&{unencoded_byte_array_data_bytes:e.field_3.field_16.field_1,repetition_level_histogram:e.field_3.field_16.field_2,definition_level_histogram:e.field_3.field_16.field_3},geospatial_statistics:e.field_3.field_17&&{bbox:e.field_3.field_17.field_1&&{xmin:e.field_3.field_17.field_1.field_1,xmax:e.field_3.field_17.field_1.field_2,ymin:e.field_3.field_17.field_1.field_3,ymax:e.field_3.field_17.field_1.field_4,zmin:e.field_3.field_17.field_1.field_5,zmax:e.field_3.field_17.field_1.field_6,mmin:e.field_3.field_17.field_1.field_7,mmax:e.field_3.field_17.field_1.field_8},geospatial_types:e.field_3.field_17.field_2}},offset_index_offset:e.field_4,offset_index_length:e.field_5,column_index_offset:e.field_6,column_index_length:e.field_7,crypto_metadata:e.field_8,encrypted_column_metadata:e.field_9})),total_byte_size:e.field_2,num_rows:e.field_3,sorting_columns:e.field_4?.map(e=>({column_idx:e.field_1,descending:e.field_2,nulls_first:e.field_3})),file_offset:e.field_5,total_compressed_size:e.field_6,ordinal:e.field_7}));const p=l.field_5?.map(e=>({key:decode(e.field_1),value:decode(e.field_2)}));const v=decode(l.field_6);if(r){markGeoColumns(c,p)}return{version:u,schema:c,num_rows:h,row_groups:A,key_value_metadata:p,created_by:v,metadata_length:o}}function metadata_parquetSchema({schema:e}){return getSchemaPath(e,[])[0]}function logicalType(e){if(e?.field_1)return{type:"STRING"};if(e?.field_2)return{type:"MAP"};if(e?.field_3)return{type:"LIST"};if(e?.field_4)return{type:"ENUM"};if(e?.field_5)return{type:"DECIMAL",scale:e.field_5.field_1,precision:e.field_5.field_2};if(e?.field_6)return{type:"DATE"};if(e?.field_7)return{type:"TIME",isAdjustedToUTC:e.field_7.field_1,unit:timeUnit(e.field_7.field_2)};if(e?.field_8)return{type:"TIMESTAMP",isAdjustedToUTC:e.field_8.field_1,unit:timeUnit(e.field_8.field_2)};if(e?.field_10)return{type:"INTEGER",bitWidth:e.field_10.field_1,isSigned:e.field_10.field_2};if(e?.field_11)return{type:"NULL"};if(e?.field_12)return{type:"JSON"};if(e?.field_13)return{type:"BSON"};if(e?.field_14)return{type:"UUID"};if(e?.field_15)return{type:"FLOAT16"};if(e?.field_16)return{type:"VARIANT",specification_version:e.field_16.field_1};if(e?.field_17)return{type:"GEOMETRY",crs:decode(e.field_17.field_1)};if(e?.field_18)return{type:"GEOGRAPHY",crs:decode(e.field_18.field_1),algorithm:ue[e.field_18.field_2]};return e}function timeUnit(e){if(e.field_1)return"MILLIS";if(e.field_2)return"MICROS";if(e.field_3)return"NANOS";throw new Error("parquet time unit required")}function convertStats(e,t,r){return e&&{max:convertMetadata(e.field_1,t,r),min:convertMetadata(e.field_2,t,r),null_count:e.field_3,distinct_count:e.field_4,max_value:convertMetadata(e.field_5,t,r),min_value:convertMetadata(e.field_6,t,r),is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function convertMetadata(e,t,r){const{type:n,converted_type:a,logical_type:i}=t;if(e===undefined)return e;if(n==="BOOLEAN")return e[0]===1;if(n==="BYTE_ARRAY")return r.stringFromBytes(e);const o=new DataView(e.buffer,e.byteOffset,e.byteLength);if(n==="FLOAT"&&o.byteLength===4)return o.getFloat32(0,true);if(n==="DOUBLE"&&o.byteLength===8)return o.getFloat64(0,true);if(n==="INT32"&&a==="DECIMAL"&&o.byteLength===4){return o.getInt32(0,true)*10**-(t.scale||0)}if(n==="INT64"&&a==="DECIMAL"&&o.byteLength===8){return Number(o.getBigInt64(0,true))*10**-(t.scale||0)}if(n==="INT32"&&a==="DATE")return r.dateFromDays(o.getInt32(0,true));if(n==="INT64"&&a==="TIMESTAMP_MILLIS")return r.timestampFromMilliseconds(o.getBigInt64(0,true));if(n==="INT64"&&a==="TIMESTAMP_MICROS")return r.timestampFromMicroseconds(o.getBigInt64(0,true));if(n==="INT64"&&i?.type==="TIMESTAMP"&&i?.unit==="NANOS")return r.timestampFromNanoseconds(o.getBigInt64(0,true));if(n==="INT64"&&i?.type==="TIMESTAMP"&&i?.unit==="MICROS")return r.timestampFromMicroseconds(o.getBigInt64(0,true));if(n==="INT64"&&i?.type==="TIMESTAMP")return r.timestampFromMilliseconds(o.getBigInt64(0,true));const s=a?.startsWith("UINT_")||i?.type==="INTEGER"&&!i.isSigned;if(n==="INT32"&&s&&o.byteLength===4)return o.getUint32(0,true);if(n==="INT64"&&s&&o.byteLength===8)return o.getBigUint64(0,true);if(n==="INT32"&&o.byteLength===4)return o.getInt32(0,true);if(n==="INT64"&&o.byteLength===8)return o.getBigInt64(0,true);if(a==="DECIMAL")return parseDecimal(e)*10**-(t.scale||0);if(i?.type==="FLOAT16")return parseFloat16(e);if(i?.type==="UUID")return r.uuidFromBytes(e);if(n==="FIXED_LEN_BYTE_ARRAY")return e;return e}const Ce=0xffffffffffffffffn;const Se=0x9e3779b185ebca87n;const Qe=0xc2b2ae3d27d4eb4fn;const Ne=0x165667b19e3779f9n;const Me=0x85ebca77c2b2ae63n;const Te=0x27d4eb2f165667c5n;function rotl64(e,t){return(e<<t|e>>64n-t)&Ce}function round(e,t){e=e+t*Qe&Ce;e=rotl64(e,31n);return e*Se&Ce}function mergeRound(e,t){e^=round(0n,t);return e*Se+Me&Ce}function xxhash64(e,t=0n){const r=new DataView(e.buffer,e.byteOffset,e.byteLength);const n=e.byteLength;let a=0;let i;if(n>=32){let e=t+Se+Qe&Ce;let o=t+Qe&Ce;let s=t;let f=t-Se&Ce;while(a+32<=n){e=round(e,r.getBigUint64(a,true));a+=8;o=round(o,r.getBigUint64(a,true));a+=8;s=round(s,r.getBigUint64(a,true));a+=8;f=round(f,r.getBigUint64(a,true));a+=8}i=rotl64(e,1n)+rotl64(o,7n)+rotl64(s,12n)+rotl64(f,18n)&Ce;i=mergeRound(i,e);i=mergeRound(i,o);i=mergeRound(i,s);i=mergeRound(i,f)}else{i=t+Te&Ce}i=i+BigInt(n)&Ce;while(a+8<=n){i^=round(0n,r.getBigUint64(a,true));i=rotl64(i,27n)*Se+Me&Ce;a+=8}if(a+4<=n){i^=BigInt(r.getUint32(a,true))*Se&Ce;i=rotl64(i,23n)*Qe+Ne&Ce;a+=4}while(a<n){i^=BigInt(r.getUint8(a))*Te&Ce;i=rotl64(i,11n)*Se&Ce;a+=1}i^=i>>33n;i=i*Qe&Ce;i^=i>>29n;i=i*Ne&Ce;i^=i>>32n;return i}const Fe=new TextEncoder;const Ue=new Uint32Array([1203114875,1150766481,2284105051,2729912477,1884591559,770785867,2667333959,1550580529]);function blockIndex(e,t){return Number((e>>32n)*BigInt(t)>>32n)}function blockMask(e){const t=new Uint32Array(8);const r=Number(e&0xffffffffn)|0;for(let e=0;e<8;e++){t[e]=1<<(Math.imul(r,Ue[e])>>>27)}return t}function sbbfInsert(e,t){const r=blockIndex(t,e.length>>3)<<3;const n=blockMask(t);for(let t=0;t<8;t++){e[r+t]|=n[t]}}function sbbfContains(e,t){const r=blockIndex(t,e.length>>3)<<3;const n=blockMask(t);for(let t=0;t<8;t++){if((e[r+t]&n[t])===0)return false}return true}function readBloomFilter(e){const t=deserializeTCompactProtocol(e);const r=t.field_1;if(typeof r!=="number"||r<=0||r%32!==0)return undefined;if(!t.field_2?.field_1)return undefined;if(!t.field_3?.field_1)return undefined;if(!t.field_4?.field_1)return undefined;const{view:n,offset:a}=e;if(a+r>n.byteLength){throw new Error(`parquet bloom filter truncated: need ${r} bytes, have ${n.byteLength-a}`)}const i=new Uint32Array(r>>2);for(let e=0;e<i.length;e++){i[e]=n.getUint32(a+e*4,true)}e.offset=a+r;return{numBytes:r,blocks:i}}function hashParquetValue(e,t){if(e===null||e===undefined)return undefined;const{type:r,converted_type:n,logical_type:a}=t;if(r==="BOOLEAN"){if(typeof e!=="boolean")return undefined;return xxhash64(new Uint8Array([e?1:0]))}if(r==="FLOAT"){if(typeof e!=="number")return undefined;const t=new ArrayBuffer(4);new DataView(t).setFloat32(0,e,true);return xxhash64(new Uint8Array(t))}if(r==="DOUBLE"){if(typeof e!=="number")return undefined;const t=new ArrayBuffer(8);new DataView(t).setFloat64(0,e,true);return xxhash64(new Uint8Array(t))}if(r==="INT32"){if(n==="DATE"||n==="DECIMAL"||n==="TIME_MILLIS")return undefined;if(a?.type==="DATE"||a?.type==="TIME"||a?.type==="DECIMAL")return undefined;if(typeof e!=="number"||!Number.isInteger(e))return undefined;const t=new ArrayBuffer(4);new DataView(t).setInt32(0,e|0,true);return xxhash64(new Uint8Array(t))}if(r==="INT64"){if(n==="TIMESTAMP_MILLIS"||n==="TIMESTAMP_MICROS")return undefined;if(n==="TIME_MICROS"||n==="DECIMAL")return undefined;if(a?.type==="TIMESTAMP"||a?.type==="TIME"||a?.type==="DECIMAL")return undefined;let t;if(typeof e==="bigint")t=e;else if(typeof e==="number"&&Number.isSafeInteger(e))t=BigInt(e);else return undefined;const r=new ArrayBuffer(8);new DataView(r).setBigUint64(0,BigInt.asUintN(64,t),true);return xxhash64(new Uint8Array(r))}if(r==="BYTE_ARRAY"){if(n==="JSON"||n==="BSON"||n==="DECIMAL")return undefined;if(a?.type==="JSON"||a?.type==="BSON"||a?.type==="VARIANT")return undefined;if(a?.type==="GEOMETRY"||a?.type==="GEOGRAPHY")return undefined;if(typeof e==="string")return xxhash64(Fe.encode(e));if(e instanceof Uint8Array)return xxhash64(e);return undefined}if(r==="FIXED_LEN_BYTE_ARRAY"){if(n==="DECIMAL"||n==="INTERVAL")return undefined;if(a?.type==="DECIMAL"||a?.type==="UUID"||a?.type==="FLOAT16")return undefined;if(a?.type==="GEOMETRY"||a?.type==="GEOGRAPHY")return undefined;if(e instanceof Uint8Array)return xxhash64(e);return undefined}return undefined}function bloomEligibleColumns(e){const t=new Set;walkBloomEligible(e,t);return t}function walkBloomEligible(e,t){if(!e)return;if("$and"in e&&Array.isArray(e.$and)){for(const r of e.$and)walkBloomEligible(r,t);return}if("$or"in e&&Array.isArray(e.$or)){for(const r of e.$or)walkBloomEligible(r,t);return}if("$nor"in e)return;for(const[r,n]of Object.entries(e)){if(r.startsWith("$"))continue;if(typeof n==="object"&&n!==null&&!Array.isArray(n)){if("$eq"in n||"$in"in n)t.add(r)}else{t.add(r)}}}function toJson(e){if(e===undefined)return null;if(typeof e==="bigint")return Number(e);if(Object.is(e,-0))return 0;if(Array.isArray(e))return e.map(toJson);if(e instanceof Uint8Array)return Array.from(e);if(e instanceof Date)return e.toISOString();if(e instanceof Object){const t={};for(const r of Object.keys(e)){if(e[r]===undefined)continue;t[r]=toJson(e[r])}return t}return e}function utils_concat(e,t){const r=1e4;for(let n=0;n<t.length;n+=r){e.push(...t.slice(n,n+r))}}function equals(e,t,r=true){if(r?e===t:e==t)return true;if(!e||!t||typeof e!=="object"||typeof t!=="object")return false;if(e instanceof Uint8Array&&t instanceof Uint8Array){if(e.length!==t.length)return false;for(let r=0;r<e.length;r++){if(e[r]!==t[r])return false}return true}if(e instanceof Date||t instanceof Date){return e instanceof Date&&t instanceof Date&&e.getTime()===t.getTime()}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return false;for(let n=0;n<e.length;n++){if(!equals(e[n],t[n],r))return false}return true}const n=Object.keys(e);if(n.length!==Object.keys(t).length)return false;for(const a of n){if(!equals(e[a],t[a],r))return false}return true}async function byteLengthFromUrlUsingGet(e,t={},r=globalThis.fetch){const n=new AbortController;const a=new Headers(t.headers);a.set("Range","bytes=0-0");const i=await r(e,{...t,headers:a,signal:n.signal});if(!i.ok)throw new Error(`fetch with range failed ${i.status}`);if(i.status===206){const e=i.headers.get("Content-Range");if(!e)throw new Error("missing content-range header");const t=e.match(/bytes \d+-\d+\/(\d+)/);if(!t)throw new Error(`invalid content-range header: ${e}`);return parseInt(t[1])}if(i.status===200){const e=i.headers.get("Content-Length");n.abort();if(e)return parseInt(e)}throw new Error("server does not support range requests and missing content-length")}async function byteLengthFromUrl(e,t,r){const n=r??globalThis.fetch;const a=await n(e,{...t,method:"HEAD"});if(a.status===403){return byteLengthFromUrlUsingGet(e,t,n)}if(!a.ok)throw new Error(`fetch head failed ${a.status}`);const i=a.headers.get("Content-Length");if(!i){return byteLengthFromUrlUsingGet(e,t,n)}return parseInt(i)}async function asyncBufferFromUrl({url:e,byteLength:t,requestInit:r,fetch:n}){if(!e)throw new Error("missing url");const a=n??globalThis.fetch;t??=await byteLengthFromUrl(e,r,a);let i=undefined;const o=r||{};return{byteLength:t,async slice(t,r){if(i){return i.then(e=>e.slice(t,r))}const n=new Headers(o.headers);const s=r===undefined?"":r-1;n.set("Range",`bytes=${t}-${s}`);const f=await a(e,{...o,headers:n});if(!f.ok||!f.body)throw new Error(`fetch failed ${f.status}`);if(f.status===200){i=f.arrayBuffer();return i.then(e=>e.slice(t,r))}else if(f.status===206){return f.arrayBuffer()}else{throw new Error(`fetch received unexpected status code ${f.status}`)}}}}function cachedAsyncBuffer({byteLength:e,slice:t},{minSize:r=defaultInitialFetchSize}={}){if(e<r){const r=t(0,e);return{byteLength:e,async slice(e,t){return(await r).slice(e,t)}}}const n=new Map;return{byteLength:e,slice(r,a){const i=cacheKey(r,a,e);const o=n.get(i);if(o)return o;const s=t(r,a);n.set(i,s);return s}}}function cacheKey(e,t,r){if(e<0){if(t!==undefined)throw new Error(`invalid suffix range [${e}, ${t}]`);if(r===undefined)return`${e},`;return`${r+e},${r}`}else if(t!==undefined){if(e>t)throw new Error(`invalid empty range [${e}, ${t}]`);return`${e},${t}`}else if(r===undefined){return`${e},`}else{return`${e},${r}`}}function utils_flatten(e){if(!e)return[];if(e.length===1)return e[0];const t=[];for(const r of e){utils_concat(t,r)}return t}const Re=new TextEncoder;function pathsNeededForFilter(e){if(!e)return[];const t=[];if("$and"in e&&Array.isArray(e.$and)){t.push(...e.$and.flatMap(pathsNeededForFilter))}else if("$or"in e&&Array.isArray(e.$or)){t.push(...e.$or.flatMap(pathsNeededForFilter))}else if("$nor"in e&&Array.isArray(e.$nor)){t.push(...e.$nor.flatMap(pathsNeededForFilter))}else{t.push(...Object.keys(e))}return[...new Set(t)]}function filter_columnsNeededForFilter(e){return[...new Set(pathsNeededForFilter(e).map(e=>e.split(".")[0]))]}function matchFilter(e,t,r=true){if("$and"in t&&Array.isArray(t.$and)){return t.$and.every(t=>matchFilter(e,t,r))}if("$or"in t&&Array.isArray(t.$or)){return t.$or.some(t=>matchFilter(e,t,r))}if("$nor"in t&&Array.isArray(t.$nor)){return!t.$nor.some(t=>matchFilter(e,t,r))}return Object.entries(t).every(([t,n])=>{const a=resolve(e,t);if(typeof n!=="object"||n===null||Array.isArray(n)){return equals(a,n,r)}return Object.entries(n||{}).every(([e,t])=>{if(e==="$gt")return a!==null&&a!==undefined&&a>t;if(e==="$gte")return a!==null&&a!==undefined&&a>=t;if(e==="$lt")return a!==null&&a!==undefined&&a<t;if(e==="$lte")return a!==null&&a!==undefined&&a<=t;if(e==="$eq")return equals(a,t,r);if(e==="$ne")return!equals(a,t,r);if(e==="$in")return Array.isArray(t)&&matchesIn(a,t,r);if(e==="$nin")return Array.isArray(t)&&!matchesIn(a,t,r);if(e==="$not")return!matchFilter({value:a},{value:t},r);return true})})}function matchesIn(e,t,r){return t.some(t=>equals(e,t,r)||Array.isArray(e)&&e.some(e=>equals(e,t,r)))}function canSkipRowGroup({rowGroup:e,physicalColumns:t,filter:r,strict:n=true,bloomFilters:a,schemaElements:i}){if(!r)return false;if("$and"in r&&Array.isArray(r.$and)){return r.$and.some(r=>canSkipRowGroup({rowGroup:e,physicalColumns:t,filter:r,strict:n,bloomFilters:a,schemaElements:i}))}if("$or"in r&&Array.isArray(r.$or)){return r.$or.every(r=>canSkipRowGroup({rowGroup:e,physicalColumns:t,filter:r,strict:n,bloomFilters:a,schemaElements:i}))}if("$nor"in r&&Array.isArray(r.$nor)){return false}for(const[o,s]of Object.entries(r)){const r=t.indexOf(o);if(r===-1)continue;const f=e.columns[r].meta_data?.statistics;const{min:l,max:u,min_value:c,max_value:d,null_count:h}=f||{};const A=c!==undefined?c:l;const p=d!==undefined?d:u;const v=A!==undefined&&p!==undefined;const g=a?.[o];const m=i?.[o];const w=matchFilter({value:null},{value:s},n)&&(h===undefined||h>0);if(v&&!w&&canSkipStats(s,A,p,n,m)){return true}for(const[e,t]of Object.entries(s||{})){if(g&&m){if(e==="$eq"){const e=hashParquetValue(t,m);if(e!==undefined&&!sbbfContains(g.blocks,e))return true}if(e==="$in"&&Array.isArray(t)&&t.length>0){let e=true;for(const r of t){const t=hashParquetValue(r,m);if(t===undefined||sbbfContains(g.blocks,t)){e=false;break}}if(e)return true}}}}return false}function canSkipStats(e,t,r,n,a){if(t===undefined||r===undefined)return false;const i=a?.type==="FLOAT"||a?.type==="DOUBLE"||a?.logical_type?.type==="FLOAT16";for(const[o,s]of Object.entries(e||{})){const e=compareParquetValues(t,s,n,a);const f=compareParquetValues(r,s,n,a);const l=t instanceof Uint8Array||r instanceof Uint8Array;const u=!l&&(a?.type!=="BYTE_ARRAY"||typeof s==="string"&&[...s].every(e=>e.charCodeAt(0)<=127));if(o==="$gt"&&u&&f!==undefined&&f<=0)return true;if(o==="$gte"&&u&&f!==undefined&&f<0)return true;if(o==="$lt"&&u&&e!==undefined&&e>=0)return true;if(o==="$lte"&&u&&e!==undefined&&e>0)return true;if(o==="$eq"){const e=compareParquetValues(s,t,n,a);const i=compareParquetValues(s,r,n,a);if(e!==undefined&&e<0||i!==undefined&&i>0)return true}if(o==="$ne"&&!i&&equals(t,r,n)&&equals(t,s,n))return true;if(o==="$in"&&Array.isArray(s)&&s.every(e=>{const i=compareParquetValues(e,t,n,a);const o=compareParquetValues(e,r,n,a);return i!==undefined&&i<0||o!==undefined&&o>0}))return true;if(o==="$nin"&&!i&&Array.isArray(s)&&equals(t,r,n)&&s.some(e=>equals(t,e,n)))return true}return false}function compareParquetValues(e,t,r,n){if(n?.type==="BYTE_ARRAY"){if(typeof e!=="string"||typeof t!=="string")return undefined;return compareBytes(Re.encode(e),Re.encode(t))}if(e instanceof Uint8Array||t instanceof Uint8Array){if(!(e instanceof Uint8Array)||!(t instanceof Uint8Array))return undefined;return compareBytes(e,t)}if(e<t)return-1;if(e>t)return 1;if(equals(e,t,r))return 0;return undefined}function compareBytes(e,t){const r=Math.min(e.length,t.length);for(let n=0;n<r;n++){if(e[n]<t[n])return-1;if(e[n]>t[n])return 1}if(e.length<t.length)return-1;if(e.length>t.length)return 1;return 0}function matchesNull(e,t){return matchFilter({value:null},{value:e},t)}function filterPageRanges(e,t,r,n=true){if(!e)return undefined;if("$and"in e&&Array.isArray(e.$and)){let a;for(const i of e.$and){a=intersectRanges(a,filterPageRanges(i,t,r,n))}return a}if("$or"in e&&Array.isArray(e.$or)){let a=[];for(const i of e.$or){const e=filterPageRanges(i,t,r,n);if(!e)return undefined;a=unionRanges(a,e)}return a}if("$nor"in e&&Array.isArray(e.$nor)){return undefined}let a;for(const[i,o]of Object.entries(e)){const e=t[i];if(!e)continue;const s=matchesNull(o,n);const f=[];for(let t=0;t<e.pageStarts.length;t++){const a=e.pageStarts[t];const i=t+1<e.pageStarts.length?e.pageStarts[t+1]:r;const l=e.nullCounts?.[t];const u=s&&(l===undefined||l>0);const c=!e.nullPages[t]&&!u&&canSkipStats(o,e.minValues[t],e.maxValues[t],n,e.element);if(!c){const e=f[f.length-1];if(e&&e[1]===a)e[1]=i;else f.push([a,i])}}a=intersectRanges(a,f)}return a}function intersectRanges(e,t){if(!e)return t;if(!t)return e;const r=[];let n=0;let a=0;while(n<e.length&&a<t.length){const i=Math.max(e[n][0],t[a][0]);const o=Math.min(e[n][1],t[a][1]);if(i<o)r.push([i,o]);if(e[n][1]<t[a][1])n++;else a++}return r}function unionRanges(e,t){const r=[];let n=0;let a=0;while(n<e.length||a<t.length){const i=a>=t.length||n<e.length&&e[n][0]<=t[a][0]?e[n++]:t[a++];const o=r[r.length-1];if(o&&i[0]<=o[1])o[1]=Math.max(o[1],i[1]);else r.push([i[0],i[1]])}return r}function resolve(e,t){let r=e;for(const e of t.split(".")){r=r?.[e]}return r}const Le=new TextDecoder;const ke=new WeakMap;function decodeVariantColumn(e,t=de){if(Array.isArray(e)){return e.map(e=>decodeVariantColumn(e,t))}if(typeof e!=="object")return e;if("metadata"in e){const r=parseVariantMetadata(e.metadata);const n=e.typed_value&&decodeTypedValue(e.typed_value,r,t);const a=e.value&&readVariant(makeReader(e.value),r,t);if(n&&a){return{...a,...n}}return n??a}return e}function decodeTypedValue(e,t,r){if(e instanceof Date)return e;if(e&&typeof e==="object"&&!Array.isArray(e)&&!(e instanceof Uint8Array)){if("typed_value"in e&&e.typed_value!==null&&e.typed_value!==undefined){return decodeTypedValue(e.typed_value,t,r)}if("value"in e&&e.value instanceof Uint8Array){return readVariant(makeReader(e.value),t,r)}if("typed_value"in e||"value"in e){return null}const n={};for(const[a,i]of Object.entries(e)){if(!t.dictionary.includes(a))continue;n[a]=decodeTypedValue(i,t,r)}return n}if(e instanceof Uint8Array){return readVariant(makeReader(e),t,r)}if(Array.isArray(e)){return e.map(e=>decodeTypedValue(e,t,r))}return e}function makeReader(e){return{view:new DataView(e.buffer,e.byteOffset,e.byteLength),offset:0}}function parseVariantMetadata(e){let t=ke.get(e.buffer);if(!t){t=new Map;ke.set(e.buffer,t)}const r=`${e.byteOffset}:${e.byteLength}`;const n=t.get(r);if(n)return n;const a=makeReader(e);const i=a.view.getUint8(a.offset++);const o=i&15;if(o!==1)throw new Error(`parquet unsupported variant metadata version: ${o}`);const s=(i>>4&1)===1;const f=(i>>6&3)+1;const l=readUnsigned(a,f);const u=new Array(l+1);for(let e=0;e<u.length;e++){u[e]=readUnsigned(a,f)}const c=a.offset;const d=new Array(l);for(let t=0;t<l;t++){const r=u[t];const n=u[t+1];const a=new Uint8Array(e.buffer,e.byteOffset+c+r,n-r);d[t]=Le.decode(a)}const h={dictionary:d,sorted:s};t.set(r,h);return h}function readUnsigned(e,t){let r=0;for(let n=0;n<t;n++){r|=e.view.getUint8(e.offset+n)<<n*8}e.offset+=t;return r}function readVariant(e,t,r){const n=e.view.getUint8(e.offset++);const a=n&3;const i=n>>2;if(a===0)return readVariantPrimitive(e,i,r);if(a===2)return readVariantObject(e,i,t,r);if(a===3)return readVariantArray(e,i,t,r);const o=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,i);e.offset+=i;return Le.decode(o)}function readVariantPrimitive(e,t,r){switch(t){case 0:return null;case 1:return true;case 2:return false;case 3:{const t=e.view.getInt8(e.offset);e.offset+=1;return t}case 4:{const t=e.view.getInt16(e.offset,true);e.offset+=2;return t}case 5:{const t=e.view.getInt32(e.offset,true);e.offset+=4;return t}case 6:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return t}case 7:{const t=e.view.getFloat64(e.offset,true);e.offset+=8;return t}case 8:return readVariantDecimal(e,4);case 9:return readVariantDecimal(e,8);case 10:return readVariantDecimal(e,16);case 11:{const t=e.view.getInt32(e.offset,true);e.offset+=4;return r.dateFromDays(t)}case 12:case 13:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return r.timestampFromMicroseconds(t)}case 14:{const t=e.view.getFloat32(e.offset,true);e.offset+=4;return t}case 15:return readVariantBinary(e);case 16:{const t=readVariantBinary(e);return Le.decode(t)}case 17:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return t}case 18:case 19:{const t=e.view.getBigInt64(e.offset,true);e.offset+=8;return r.timestampFromNanoseconds(t)}case 20:{const t=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,16);e.offset+=16;const r=Array.from(t,e=>e.toString(16).padStart(2,"0")).join("");return`${r.slice(0,8)}-${r.slice(8,12)}-${r.slice(12,16)}-${r.slice(16,20)}-${r.slice(20)}`}default:throw new Error(`parquet unsupported variant primitive type: ${t}`)}}function readVariantObject(e,t,r,n){const a=(t&3)+1;const i=(t>>2&3)+1;const o=t>>4&1;const s=o?readUnsigned(e,4):e.view.getUint8(e.offset++);const f=new Array(s);for(let t=0;t<s;t++){f[t]=readUnsigned(e,i)}const l=new Array(s+1);for(let t=0;t<l.length;t++){l[t]=readUnsigned(e,a)}const u={};for(let t=0;t<s;t++){const a=r.dictionary[f[t]];const i={view:e.view,offset:e.offset+l[t]};u[a]=readVariant(i,r,n)}e.offset+=l[l.length-1];return u}function readVariantArray(e,t,r,n){const a=t&3;const i=t>>2&1;const o=a+1;const s=readUnsigned(e,i?4:1);const f=new Array(s+1);for(let t=0;t<f.length;t++){f[t]=readUnsigned(e,o)}const l=e.offset;const u=new Array(s);for(let t=0;t<s;t++){const a={view:e.view,offset:l+f[t]};u[t]=readVariant(a,r,n)}e.offset=l+f[f.length-1];return u}function readVariantDecimal(e,t){const r=e.view.getUint8(e.offset);e.offset+=1;let n;if(t===4){n=BigInt(e.view.getInt32(e.offset,true));e.offset+=4}else if(t===8){n=e.view.getBigInt64(e.offset,true);e.offset+=8}else{const t=e.view.getBigUint64(e.offset,true);const r=e.view.getBigInt64(e.offset+8,true);n=r<<64n|t;e.offset+=16}return Number(n)*10**-r}function readVariantBinary(e){const t=e.view.getUint32(e.offset,true);e.offset+=4;const r=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t;return r}function assembleLists(e,t,r,n,a){const i=getMaxDefinitionLevel(a);if(!t?.length&&!r.length){if(!i||!n.length)return n;t=new Array(n.length).fill(i)}const o=t?.length||r.length;const s=a.map(({element:e})=>e.repetition_type);let f=0;const l=[e];let u=e;let c=0;let d=0;let h=0;if(r[0]){while(c<s.length-2&&h<r[0]){c++;if(s[c]!=="REQUIRED"){u=u.at(-1);l.push(u);d++}if(s[c]==="REPEATED")h++}}for(let e=0;e<o;e++){const a=t?.length?t[e]:i;const o=r[e];while(c&&(o<h||s[c]!=="REPEATED")){if(s[c]!=="REQUIRED"){l.pop();d--}if(s[c]==="REPEATED")h--;c--}u=l.at(-1);while((c<s.length-2||s[c+1]==="REPEATED")&&(d<a||s[c+1]==="REQUIRED")){c++;if(s[c]!=="REQUIRED"){const e=[];u.push(e);u=e;l.push(e);d++}if(s[c]==="REPEATED")h++}if(a===i){u.push(n[f++])}else if(c===s.length-2){u.push(null)}else{u.push([])}}if(!e.length){for(let e=0;e<i;e++){const e=[];u.push(e);u=e}}return e}function assembleNested(e,t,r,n=0){const a=t.path.join(".");const i=t.element.repetition_type==="OPTIONAL";const o=i?n+1:n;if(isListLike(t)){let s=t.children[0];let f=o;if(s.children.length===1){s=s.children[0];f++}assembleNested(e,s,r,f);const l=s.path.join(".");const u=e.get(l);if(!u)throw new Error("parquet list column missing values");if(i)flattenAtDepth(u,n);e.set(a,u);e.delete(l);return}if(isMapLike(t)){const s=t.children[0].element.name;assembleNested(e,t.children[0].children[0],r,o+1);assembleNested(e,t.children[0].children[1],r,o+1);const f=e.get(`${a}.${s}.key`);const l=e.get(`${a}.${s}.value`);if(!f)throw new Error("parquet map column missing keys");if(!l)throw new Error("parquet map column missing values");if(f.length!==l.length){throw new Error("parquet map column key/value length mismatch")}const u=assembleMaps(f,l,o);if(i)flattenAtDepth(u,n);e.delete(`${a}.${s}.key`);e.delete(`${a}.${s}.value`);e.set(a,u);return}if(t.children.length){const o=t.element.repetition_type==="REQUIRED"?n:n+1;const s={};for(const n of t.children){assembleNested(e,n,r,o);const t=e.get(n.path.join("."));if(!t)throw new Error("parquet struct missing child data");s[n.element.name]=t}for(const r of t.children){e.delete(r.path.join("."))}let f=invertStruct(s,o);if(t.element.logical_type?.type==="VARIANT"){f=decodeVariantColumn(f,r)}if(i)flattenAtDepth(f,n);e.set(a,f)}}function flattenAtDepth(e,t){for(let r=0;r<e.length;r++){if(t){flattenAtDepth(e[r],t-1)}else{e[r]=e[r][0]}}}function assembleMaps(e,t,r){const n=[];for(let a=0;a<e.length;a++){if(r){n.push(assembleMaps(e[a],t[a],r-1))}else{if(e[a]){const r={};for(let n=0;n<e[a].length;n++){const i=t[a][n];r[e[a][n]]=i===undefined?null:i}n.push(r)}else{n.push(undefined)}}}return n}function invertStruct(e,t){const r=Object.keys(e);const n=e[r[0]]?.length;const a=[];for(let i=0;i<n;i++){const o={};for(const t of r){if(e[t].length!==n)throw new Error("parquet struct parsing error");o[t]=e[t][i]}if(t){a.push(invertStruct(o,t-1))}else{a.push(o)}}return a}function deltaBinaryUnpack(e,t,r){if(r instanceof Int32Array){deltaBinaryUnpackInt32(e,t,r);return}const n=readVarInt(e);const a=readVarInt(e);readVarInt(e);let i=readZigZagBigInt(e);let o=0;r[o++]=i;const s=n/a;while(o<t){const n=readZigZagBigInt(e);const f=new Uint8Array(a);for(let t=0;t<a;t++){f[t]=e.view.getUint8(e.offset++)}for(let l=0;l<a&&o<t;l++){const a=f[l];if(a){let f=0;let l=s;const u=(1n<<BigInt(a))-1n;while(l&&o<t){let t=BigInt(e.view.getUint32(e.offset,true)>>>f)&u;f+=a;while(f>=32){f-=32;e.offset+=4;if(f){t|=BigInt(e.view.getUint32(e.offset,true))<<BigInt(a-f)&u}}const s=n+t;i+=s;r[o++]=i;l--}if(l){e.offset+=Math.ceil((l*a+f)/8)}}else{for(let e=0;e<s&&o<t;e++){i+=n;r[o++]=i}}}}}function deltaBinaryUnpackInt32(e,t,r){const n=readVarInt(e);const a=readVarInt(e);readVarInt(e);let i=readZigZag(e);let o=0;r[o++]=i;const s=n/a;const{view:f}=e;while(o<t){const n=readZigZagInt33(e);const l=e.offset;let u=l+a;for(let e=0;e<a&&o<t;e++){const a=f.getUint8(l+e);const c=u+s*a/8;let d=0;for(let e=0;e<s&&o<t;e++){let e=0;let t=0;while(t<a){const r=Math.min(8-d,a-t);if(t<32){e|=(f.getUint8(u)>>>d&(1<<r)-1)<<t}t+=r;d+=r;if(d===8){d=0;u++}}i=i+n+e|0;r[o++]=i}u=c}e.offset=u}}function readZigZagInt33(e){const t=e.offset;const r=readVarInt(e);const n=e.offset-t===5?e.view.getUint8(t+4)>>>4&1:0;return(r>>>1|n<<31)^-(r&1)}function deltaLengthByteArray(e,t,r){const n=new Int32Array(t);deltaBinaryUnpack(e,t,n);for(let a=0;a<t;a++){r[a]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,n[a]);e.offset+=n[a]}}function deltaByteArray(e,t,r){const n=new Int32Array(t);deltaBinaryUnpack(e,t,n);const a=new Int32Array(t);deltaBinaryUnpack(e,t,a);for(let i=0;i<t;i++){const t=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,a[i]);if(n[i]){r[i]=new Uint8Array(n[i]+a[i]);r[i].set(r[i-1].subarray(0,n[i]));r[i].set(t,n[i])}else{r[i]=t}e.offset+=a[i]}}function readRleBitPackedHybrid(e,t,r,n){if(n===undefined){n=e.view.getUint32(e.offset,true);e.offset+=4}const a=e.offset;let i=0;while(i<r.length){const n=readVarInt(e);if(n&1){i=readBitPacked(e,n,t,r,i)}else{const a=n>>>1;readRle(e,a,t,r,i);i+=a}}e.offset=a+n}function readRle(e,t,r,n,a){const i=r+7>>3;let o=0;for(let t=0;t<i;t++){o|=e.view.getUint8(e.offset++)<<(t<<3)}for(let e=0;e<t;e++){n[a+e]=o}}function readBitPacked(e,t,r,n,a){let i=t>>1<<3;const o=(1<<r)-1;let s=0;if(e.offset<e.view.byteLength){s=e.view.getUint8(e.offset++)}else if(o){throw new Error(`parquet bitpack offset ${e.offset} out of range`)}let f=8;let l=0;while(i){if(l>8){l-=8;f-=8;s>>>=8}else if(f-l<r){s|=e.view.getUint8(e.offset)<<f;e.offset++;f+=8}else{if(a<n.length){n[a++]=s>>l&o}i--;l+=r}}return a}function byteStreamSplit(e,t,r,n){const a=byteWidth(r,n);const i=new Uint8Array(t*a);for(let r=0;r<a;r++){for(let n=0;n<t;n++){i[n*a+r]=e.view.getUint8(e.offset++)}}if(r==="FLOAT")return new Float32Array(i.buffer);else if(r==="DOUBLE")return new Float64Array(i.buffer);else if(r==="INT32")return new Int32Array(i.buffer);else if(r==="INT64")return new BigInt64Array(i.buffer);else if(r==="FIXED_LEN_BYTE_ARRAY"){const e=new Array(t);for(let r=0;r<t;r++){e[r]=i.subarray(r*a,(r+1)*a)}return e}throw new Error(`parquet byte_stream_split unsupported type: ${r}`)}function byteWidth(e,t){switch(e){case"INT32":case"FLOAT":return 4;case"INT64":case"DOUBLE":return 8;case"FIXED_LEN_BYTE_ARRAY":if(!t)throw new Error("parquet byteWidth missing type_length");return t;default:throw new Error(`parquet unsupported type: ${e}`)}}function readPlain(e,t,r,n){if(r===0)return[];if(t==="BOOLEAN"){return readPlainBoolean(e,r)}else if(t==="INT32"){return readPlainInt32(e,r)}else if(t==="INT64"){return readPlainInt64(e,r)}else if(t==="INT96"){return readPlainInt96(e,r)}else if(t==="FLOAT"){return readPlainFloat(e,r)}else if(t==="DOUBLE"){return readPlainDouble(e,r)}else if(t==="BYTE_ARRAY"){return readPlainByteArray(e,r)}else if(t==="FIXED_LEN_BYTE_ARRAY"){if(!n)throw new Error("parquet missing fixed length");return readPlainByteArrayFixed(e,r,n)}else{throw new Error(`parquet unhandled type: ${t}`)}}function readPlainBoolean(e,t){const r=new Array(t);for(let n=0;n<t;n++){const t=e.offset+(n/8|0);const a=n%8;const i=e.view.getUint8(t);r[n]=(i&1<<a)!==0}e.offset+=Math.ceil(t/8);return r}function readPlainInt32(e,t){const r=(e.view.byteOffset+e.offset)%4?new Int32Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*4)):new Int32Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*4;return r}function readPlainInt64(e,t){const r=(e.view.byteOffset+e.offset)%8?new BigInt64Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*8)):new BigInt64Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*8;return r}function readPlainInt96(e,t){const r=new Array(t);for(let n=0;n<t;n++){const t=e.view.getBigInt64(e.offset+n*12,true);const a=e.view.getInt32(e.offset+n*12+8,true);r[n]=BigInt(a)<<64n|t}e.offset+=t*12;return r}function readPlainFloat(e,t){const r=(e.view.byteOffset+e.offset)%4?new Float32Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*4)):new Float32Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*4;return r}function readPlainDouble(e,t){const r=(e.view.byteOffset+e.offset)%8?new Float64Array(align(e.view.buffer,e.view.byteOffset+e.offset,t*8)):new Float64Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t*8;return r}function readPlainByteArray(e,t){const r=new Array(t);for(let n=0;n<t;n++){const t=e.view.getUint32(e.offset,true);e.offset+=4;r[n]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t);e.offset+=t}return r}function readPlainByteArrayFixed(e,t,r){const n=new Array(t);for(let a=0;a<t;a++){n[a]=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,r);e.offset+=r}return n}function align(e,t,r){const n=new ArrayBuffer(r);new Uint8Array(n).set(new Uint8Array(e,t,r));return n}const Pe=[0,255,65535,16777215,4294967295];function copyBytes(e,t,r,n,a){for(let i=0;i<a;i++){r[n+i]=e[t+i]}}function snappyUncompress(e,t){const r=e.byteLength;const n=t.byteLength;let a=0;let i=0;while(a<r){const t=e[a];a++;if(t<128){break}}if(n&&a>=r){throw new Error("invalid snappy length header")}while(a<r){const n=e[a];let o=0;a++;if(a>=r){throw new Error("missing eof marker")}if((n&3)===0){let o=(n>>>2)+1;if(o>60){if(a+3>=r){throw new Error("snappy error literal pos + 3 >= inputLength")}const t=o-60;o=e[a]+(e[a+1]<<8)+(e[a+2]<<16)+(e[a+3]<<24);o=(o&Pe[t])+1;a+=t}if(a+o>r){throw new Error("snappy error literal exceeds input length")}copyBytes(e,a,t,i,o);a+=o;i+=o}else{let s=0;switch(n&3){case 1:o=(n>>>2&7)+4;s=e[a]+(n>>>5<<8);a++;break;case 2:if(r<=a+1){throw new Error("snappy error end of input")}o=(n>>>2)+1;s=e[a]+(e[a+1]<<8);a+=2;break;case 3:if(r<=a+3){throw new Error("snappy error end of input")}o=(n>>>2)+1;s=e[a]+(e[a+1]<<8)+(e[a+2]<<16)+(e[a+3]<<24);a+=4;break;default:break}if(s===0||isNaN(s)){throw new Error(`invalid offset ${s} pos ${a} inputLength ${r}`)}if(s>i){throw new Error("cannot copy from before start of buffer")}copyBytes(t,i-s,t,i,o);i+=o}}if(i!==n)throw new Error("premature end of input")}function readDataPage(e,t,{type:r,element:n,schemaPath:a}){const i=new DataView(e.buffer,e.byteOffset,e.byteLength);const o={view:i,offset:0};let s;const f=readRepetitionLevels(o,t,a);const{definitionLevels:l,numNulls:u}=readDefinitionLevels(o,t,a);const c=t.num_values-u;if(t.encoding==="PLAIN"){s=readPlain(o,r,c,n.type_length)}else if(t.encoding==="PLAIN_DICTIONARY"||t.encoding==="RLE_DICTIONARY"||t.encoding==="RLE"){const e=r==="BOOLEAN"?1:i.getUint8(o.offset++);if(e){s=new Array(c);if(r==="BOOLEAN"){readRleBitPackedHybrid(o,e,s);s=s.map(e=>!!e)}else{readRleBitPackedHybrid(o,e,s,i.byteLength-o.offset)}}else{s=new Uint8Array(c)}}else if(t.encoding==="BYTE_STREAM_SPLIT"){s=byteStreamSplit(o,c,r,n.type_length)}else if(t.encoding==="DELTA_BINARY_PACKED"){const e=r==="INT32";s=e?new Int32Array(c):new BigInt64Array(c);deltaBinaryUnpack(o,c,s)}else if(t.encoding==="DELTA_LENGTH_BYTE_ARRAY"){s=new Array(c);deltaLengthByteArray(o,c,s)}else if(t.encoding==="DELTA_BYTE_ARRAY"){s=new Array(c);deltaByteArray(o,c,s)}else{throw new Error(`parquet unsupported encoding: ${t.encoding}`)}return{definitionLevels:l,repetitionLevels:f,dataPage:s}}function readRepetitionLevels(e,t,r){if(r.length>1){const n=getMaxRepetitionLevel(r);if(n){const r=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(n),r);return r}}return[]}function readDefinitionLevels(e,t,r){const n=getMaxDefinitionLevel(r);if(!n)return{definitionLevels:[],numNulls:0};const a=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(n),a);let i=t.num_values;for(const e of a){if(e===n)i--}if(i===0)a.length=0;return{definitionLevels:a,numNulls:i}}function decompressPage(e,t,r,n){let a;const i=n?.[r];if(r==="UNCOMPRESSED"){a=e}else if(i){a=i(e,t)}else if(r==="SNAPPY"){a=new Uint8Array(t);snappyUncompress(e,a)}else{throw new Error(`parquet unsupported compression codec: ${r}`)}if(a?.length!==t){throw new Error(`parquet decompressed page length ${a?.length} does not match header ${t}`)}return a}function readDataPageV2(e,t,r){const n=new DataView(e.buffer,e.byteOffset,e.byteLength);const a={view:n,offset:0};const{type:i,element:o,schemaPath:s,codec:f,compressors:l}=r;const u=t.data_page_header_v2;if(!u)throw new Error("parquet data page header v2 is undefined");const c=readRepetitionLevelsV2(a,u,s);a.offset=u.repetition_levels_byte_length;const d=readDefinitionLevelsV2(a,u,s);const h=t.uncompressed_page_size-u.definition_levels_byte_length-u.repetition_levels_byte_length;let A=e.subarray(a.offset);if(u.is_compressed!==false){A=decompressPage(A,h,f,l)}const p=new DataView(A.buffer,A.byteOffset,A.byteLength);const v={view:p,offset:0};let g;const m=u.num_values-u.num_nulls;if(u.encoding==="PLAIN"){g=readPlain(v,i,m,o.type_length)}else if(u.encoding==="RLE"){g=new Array(m);readRleBitPackedHybrid(v,1,g);g=g.map(e=>!!e)}else if(u.encoding==="PLAIN_DICTIONARY"||u.encoding==="RLE_DICTIONARY"){const e=p.getUint8(v.offset++);g=new Array(m);readRleBitPackedHybrid(v,e,g,h-1)}else if(u.encoding==="DELTA_BINARY_PACKED"){const e=i==="INT32";g=e?new Int32Array(m):new BigInt64Array(m);deltaBinaryUnpack(v,m,g)}else if(u.encoding==="DELTA_LENGTH_BYTE_ARRAY"){g=new Array(m);deltaLengthByteArray(v,m,g)}else if(u.encoding==="DELTA_BYTE_ARRAY"){g=new Array(m);deltaByteArray(v,m,g)}else if(u.encoding==="BYTE_STREAM_SPLIT"){g=byteStreamSplit(v,m,i,o.type_length)}else{throw new Error(`parquet unsupported encoding: ${u.encoding}`)}return{definitionLevels:d,repetitionLevels:c,dataPage:g}}function readRepetitionLevelsV2(e,t,r){const n=getMaxRepetitionLevel(r);if(!n)return[];const a=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(n),a,t.repetition_levels_byte_length);return a}function readDefinitionLevelsV2(e,t,r){const n=getMaxDefinitionLevel(r);if(n){const r=new Array(t.num_values);readRleBitPackedHybrid(e,bitWidth(n),r,t.definition_levels_byte_length);return r}}function bitWidth(e){return 32-Math.clz32(e)}function readColumn(e,{groupStart:t,selectStart:r,selectEnd:n},a,i){const{pathInSchema:o,schemaPath:s}=a;const f=isFlatColumn(s);const l=[];let u=undefined;let c=undefined;let d=0;let h=0;const A=i&&(()=>{c&&i({pathInSchema:o,columnData:c,rowStart:t+d-c.length,rowEnd:t+d})});while(f?d<n:e.offset<e.view.byteLength-1){if(e.offset>=e.view.byteLength-1)break;const t=parquetHeader(e);if(t.type==="DICTIONARY_PAGE"){const{data:r}=readPage(e,t,a,u,undefined,0);if(r)u=convert(r,a)}else{const n=c?.length||0;const i=readPage(e,t,a,u,c,r-d);if(i.skipped){if(!l.length){h+=i.skipped}d+=i.skipped}else if(i.data&&c===i.data){d+=i.data.length-n}else if(i.data&&i.data.length){A?.();l.push(i.data);d+=i.data.length;c=i.data}}}A?.();return{data:l,skipped:h}}function readPage(e,t,r,n,a,i){const{type:o,element:s,schemaPath:f,codec:l,compressors:u}=r;const c=new Uint8Array(e.view.buffer,e.view.byteOffset+e.offset,t.compressed_page_size);e.offset+=t.compressed_page_size;if(t.type==="DATA_PAGE"){const e=t.data_page_header;if(!e)throw new Error("parquet data page header is undefined");if(i>e.num_values&&isFlatColumn(f)){return{skipped:e.num_values}}const o=decompressPage(c,Number(t.uncompressed_page_size),l,u);const{definitionLevels:s,repetitionLevels:d,dataPage:h}=readDataPage(o,e,r);const A=convertWithDictionary(h,n,e.encoding,r);const p=Array.isArray(a)?a:[];const v=assembleLists(p,s,d,A,f);return{skipped:0,data:v}}else if(t.type==="DATA_PAGE_V2"){const e=t.data_page_header_v2;if(!e)throw new Error("parquet data page header v2 is undefined");if(i>e.num_rows){return{skipped:e.num_rows}}const{definitionLevels:o,repetitionLevels:s,dataPage:l}=readDataPageV2(c,t,r);const u=convertWithDictionary(l,n,e.encoding,r);const d=Array.isArray(a)?a:[];const h=assembleLists(d,o,s,u,f);return{skipped:0,data:h}}else if(t.type==="DICTIONARY_PAGE"){const e=t.dictionary_page_header;if(!e)throw new Error("parquet dictionary page header is undefined");const r=decompressPage(c,Number(t.uncompressed_page_size),l,u);const n={view:new DataView(r.buffer,r.byteOffset,r.byteLength),offset:0};const a=readPlain(n,o,e.num_values,s.type_length);return{skipped:0,data:a}}else{throw new Error(`parquet unsupported page type: ${t.type}`)}}function parquetHeader(e){const t=deserializeTCompactProtocol(e);const r=fe[t.field_1];const n=t.field_2;const a=t.field_3;const i=t.field_4;const o=t.field_5&&{num_values:t.field_5.field_1,encoding:ae[t.field_5.field_2],definition_level_encoding:ae[t.field_5.field_3],repetition_level_encoding:ae[t.field_5.field_4],statistics:pageStatistics(t.field_5.field_5)};const s=t.field_6;const f=t.field_7&&{num_values:t.field_7.field_1,encoding:ae[t.field_7.field_2],is_sorted:t.field_7.field_3};const l=t.field_8&&{num_values:t.field_8.field_1,num_nulls:t.field_8.field_2,num_rows:t.field_8.field_3,encoding:ae[t.field_8.field_4],definition_levels_byte_length:t.field_8.field_5,repetition_levels_byte_length:t.field_8.field_6,is_compressed:t.field_8.field_7===undefined?true:t.field_8.field_7,statistics:pageStatistics(t.field_8.field_8)};return{type:r,uncompressed_page_size:n,compressed_page_size:a,crc:i,data_page_header:o,index_page_header:s,dictionary_page_header:f,data_page_header_v2:l}}function pageStatistics(e){return e&&{max:e.field_1,min:e.field_2,null_count:e.field_3,distinct_count:e.field_4,max_value:e.field_5,min_value:e.field_6,is_max_value_exact:e.field_7,is_min_value_exact:e.field_8}}function readColumnIndex(e,t,r=undefined){const n={...de,...r};const a=deserializeTCompactProtocol(e);return{null_pages:a.field_1,min_values:a.field_2.map(e=>convertMetadata(e,t,n)),max_values:a.field_3.map(e=>convertMetadata(e,t,n)),boundary_order:le[a.field_4],null_counts:a.field_5,repetition_level_histograms:a.field_6,definition_level_histograms:a.field_7}}function readOffsetIndex(e){const t=deserializeTCompactProtocol(e);return{page_locations:t.field_1.map(e=>({offset:e.field_1,compressed_page_size:e.field_2,first_row_index:e.field_3})),unencoded_byte_array_data_bytes:t.field_2}}function readRowGroup(e,{metadata:t},r){const n=[];const a=metadata_parquetSchema(t);for(const t of r.chunks){const{path_in_schema:i}=t.columnMetadata;const o=getTreePath(a,i);const s={pathInSchema:i,element:o[o.length-1].element,schemaPath:o,...e,...t.columnMetadata,parsers:{...de,...e.parsers}};const{startByte:f,endByte:l}=t.range;if("pageLocations"in t){n.push({pathInSchema:i,data:readSelectedPages(e,r,t,t.pageLocations,s)})}else if("offsetIndex"in t){n.push({pathInSchema:i,data:Promise.resolve(e.file.slice(t.offsetIndex.startByte,t.offsetIndex.endByte)).then(n=>{const a=readOffsetIndex({view:new DataView(n),offset:0}).page_locations;return readSelectedPages(e,r,t,a,s)})})}else{n.push({pathInSchema:i,data:Promise.resolve(e.file.slice(f,l)).then(t=>{const n={view:new DataView(t),offset:0};return readColumn(n,r,s,e.onPage)})})}}return{groupStart:r.groupStart,groupRows:r.groupRows,selectStart:r.selectStart,selectEnd:r.selectEnd,asyncColumns:n}}async function readSelectedPages(e,t,r,n,a){const{data_page_offset:i,dictionary_page_offset:o}=r.columnMetadata;const{selectStart:s,selectEnd:f}=t;let{startByte:l,endByte:u}=r.range;let c=-1;const d=o||i<n[0].offset;for(let e=0;e<n.length;e++){const r=n[e];const a=Number(r.first_row_index);const i=e+1<n.length?Number(n[e+1].first_row_index):t.groupRows;if(c<0&&i>s){l=Number(r.offset);c=a}if(a<f){u=Number(r.offset)+r.compressed_page_size}}if(c<0)c=0;let h;if(d&&c){const t=Number(n[0].offset)-r.range.startByte;const[a,i]=await Promise.all([e.file.slice(r.range.startByte,Number(n[0].offset)),e.file.slice(l,u)]);const o=new Uint8Array(t+i.byteLength);o.set(new Uint8Array(a,0,t));o.set(new Uint8Array(i),t);h=new DataView(o.buffer)}else if(d){h=new DataView(await e.file.slice(r.range.startByte,u))}else{h=new DataView(await e.file.slice(l,u))}const A={view:h,offset:0};const p=c?{...t,groupStart:t.groupStart+c,selectStart:t.selectStart-c,selectEnd:t.selectEnd-c}:t;const{data:v,skipped:g}=readColumn(A,p,a,e.onPage);return{data:v,skipped:c+g}}async function asyncGroupToRows({asyncColumns:e},t,r,n,a){const i=await Promise.all(e.map(e=>e.data.then(({skipped:e,data:t})=>({skipped:e,data:utils_flatten(t)}))));const o=r-t;if(a==="object"){const r=Array(o);for(let n=0;n<o;n++){const a={};for(let r=0;r<e.length;r++){const{data:o,skipped:s}=i[r];a[e[r].pathInSchema[0]]=o[t+n-s]}r[n]=a}return r}const s=e.map(e=>e.pathInSchema[0]).filter(e=>!n||n.includes(e));const f=n??s;const l=f.map(t=>e.findIndex(e=>e.pathInSchema[0]===t));const u=Array(o);for(let r=0;r<o;r++){const n=Array(e.length);for(let e=0;e<f.length;e++){const a=l[e];if(a<0)throw new Error(`parquet column not found: ${f[e]}`);const{data:o,skipped:s}=i[a];n[e]=o[t+r-s]}u[r]=n}return u}function rowgroup_assembleAsync(e,t,r){const{asyncColumns:n}=e;const a={...de,...r};const i=[];for(const r of t.children){if(r.children.length){const t=n.filter(e=>e.pathInSchema[0]===r.element.name);if(!t.length)continue;i.push({pathInSchema:r.path,data:(async()=>{const n=await Promise.all(t.map(e=>e.data));const i=new Map;const o=n.map(({data:e})=>utils_flatten(e));const s=Math.max(e.selectStart??0,...n.map(e=>e.skipped));const f=Math.min(e.selectEnd??Infinity,...n.map((e,t)=>e.skipped+o[t].length));for(let e=0;e<t.length;e++){const r=s-n[e].skipped;const a=Math.max(0,f-s);i.set(t[e].pathInSchema.join("."),o[e].slice(r,r+a))}assembleNested(i,r,a);const l=i.get(r.element.name);if(!l)throw new Error("parquet column data not assembled");return{data:[l],skipped:s}})()})}else{const e=n.find(e=>e.pathInSchema[0]===r.element.name);if(e)i.push(e)}}return{...e,asyncColumns:i}}const De=1<<21;const qe=1<<13;function plan_parquetPlan(e){const{metadata:t,rowStart:r=0,columns:n,useOffsetIndex:a=false}=e;if(!t)throw new Error("parquetPlan requires metadata");const i=[];const o=[];const s=[];const f=plan_parquetPlanGroups(e);for(const e of f.groups){const t=plan_parquetPlanGroup({...e,columns:n,useOffsetIndex:a});i.push(...t.groups);o.push(...t.fetches);s.push(...t.indexes)}o.push(...s);return{metadata:t,rowStart:r,rowEnd:f.rowEnd,columns:n,fetches:o,groups:i}}function plan_parquetPlanGroups({metadata:e,rowStart:t=0,rowEnd:r=Infinity,columns:n,filter:a,filterStrict:i=true,bloomFiltersByGroup:o,schemaElements:s,pageRangesByGroup:f,pageLocationsByGroup:l}){if(!e)throw new Error("parquetPlan requires metadata");const u=metadata_parquetSchema(e);const c=getPhysicalColumns(u);const d=a?{...physicalSchemaElements(u),...s}:s;const h=[];let A=0;for(let s=0;s<e.row_groups.length;s++){const u=e.row_groups[s];const p=Number(u.num_rows);const v=A+p;if(p>0&&v>t&&A<r&&!canSkipRowGroup({rowGroup:u,physicalColumns:c,filter:a,strict:i,bloomFilters:o?.[s],schemaElements:d})){const e=Math.max(t-A,0);const a=Math.min(r-A,p);const i=f?.[s];const o=l?.[s];let c=i?i.map(([t,r])=>{const n=[Math.max(t,e),Math.min(r,a)];return n}).filter(([e,t])=>e<t):[[e,a]];if(c.length>1){const e=u.columns.every(e=>{const t=e.meta_data?.path_in_schema[0];const r=e.meta_data?.path_in_schema.join(".");if(n&&t&&!n.includes(t))return true;return!!(e.offset_index_offset&&e.offset_index_length)||!!(r&&o?.[r])});c=e?coalesceOverlappingPageRanges(c,u,n,o):[[c[0][0],c[c.length-1][1]]]}if(c.length){h.push({rowGroup:u,groupIndex:s,groupStart:A,groupRows:p,ranges:c,pageRanges:i,pageLocations:o})}}A=v}return{groups:h,rowEnd:isFinite(r)?r:A}}function plan_parquetPlanGroup({rowGroup:e,groupStart:t,groupRows:r,ranges:n,columns:a,useOffsetIndex:i=false,pageRanges:o,pageLocations:s}){const f=[];const l=[];const u=[];const c=n.length>1||n[0][0]>0||n[0][1]<r;for(const t of e.columns){const e=t.meta_data;if(t.file_path)throw new Error("parquet file_path not supported");if(!e)throw new Error("parquet column metadata is undefined");if(a&&!a.includes(e.path_in_schema[0]))continue;const r=e.dictionary_page_offset||e.data_page_offset;const n=Number(r);const l=Number(r+e.total_compressed_size);const u=s?.[e.path_in_schema.join(".")];if(u&&c){f.push({columnMetadata:e,pageLocations:u,range:{startByte:n,endByte:l}})}else if((i||o)&&t.offset_index_offset&&t.offset_index_length&&c){const n=Number(t.offset_index_offset);f.push({columnMetadata:e,offsetIndex:{startByte:n,endByte:n+t.offset_index_length},range:{startByte:Number(r),endByte:l}})}else{f.push({columnMetadata:e,range:{startByte:n,endByte:l}})}}const d=[];let h;for(const e of f){if("pageLocations"in e)continue;if("offsetIndex"in e){u.push(e.offsetIndex)}else if(a){d.push(e.range)}else if(h&&e.range.endByte-h.startByte<=De){h.endByte=e.range.endByte}else{if(h)l.push(h);h={...e.range}}}if(h)l.push(h);l.push(...coalesceByteRanges(d,qe,De));const A=n.map(([n,a])=>({chunks:f,rowGroup:e,groupStart:t,groupRows:r,selectStart:n,selectEnd:a}));return{groups:A,fetches:l,indexes:u}}function coalesceOverlappingPageRanges(e,t,r,n){const a=t.columns.filter(e=>!r||r.includes(e.meta_data?.path_in_schema[0]||"")).map(e=>n?.[e.meta_data?.path_in_schema.join(".")||""]);const i=[];for(const r of e){const e=i[i.length-1];const n=e&&a.some(n=>{if(!n)return true;const a=pagesForRange(e,n,Number(t.num_rows));const i=pagesForRange(r,n,Number(t.num_rows));return a[0]<=i[1]&&i[0]<=a[1]});if(e&&n)e[1]=r[1];else i.push([...r])}return i}function pagesForRange([e,t],r,n){let a=Infinity;let i=-Infinity;for(let o=0;o<r.length;o++){const s=Number(r[o].first_row_index);const f=o+1<r.length?Number(r[o+1].first_row_index):n;if(f>e&&s<t){a=Math.min(a,o);i=o}}return[a,i]}async function prefetchBloomFilters({file:e,metadata:t,filter:r,filterStrict:n=true}){const a=t.row_groups.map(()=>({}));const i=bloomEligibleColumns(r);if(i.size===0)return a;const o=getPhysicalColumns(metadata_parquetSchema(t));const s=[];t.row_groups.forEach((t,f)=>{if(canSkipRowGroup({rowGroup:t,physicalColumns:o,filter:r,strict:n}))return;for(const r of i){const n=o.indexOf(r);if(n===-1)continue;const i=t.columns[n]?.meta_data;if(!i?.bloom_filter_offset||!i.bloom_filter_length)continue;const l=Number(i.bloom_filter_offset);const u=l+i.bloom_filter_length;s.push((async()=>{const t=await e.slice(l,u);const n=readBloomFilter({view:new DataView(t),offset:0});if(n)a[f][r]=n})())}});if(s.length)await Promise.all(s);return a}async function prefetchPageIndexes({file:e,metadata:t,filter:r,filterStrict:n=true,rowStart:a=0,rowEnd:i=Infinity,columns:o,bloomFiltersByGroup:s,schemaElements:f,parsers:l}){const u=t.row_groups.map(()=>undefined);const c=t.row_groups.map(()=>({}));if(r&&"$nor"in r&&Array.isArray(r.$nor)){return{pageRangesByGroup:u,pageLocationsByGroup:c}}const d=pathsNeededForFilter(r);if(!d.length)return{pageRangesByGroup:u,pageLocationsByGroup:c};const h=metadata_parquetSchema(t);const A=getPhysicalColumns(h);const p={...physicalSchemaElements(h),...f};const v=[];const g=[];const m=[];let w=0;t.row_groups.forEach((e,t)=>{const f=Number(e.num_rows);const u=w+f;const h=f>0&&u>a&&w<i;w=u;if(!h)return;if(canSkipRowGroup({rowGroup:e,physicalColumns:A,filter:r,strict:n,bloomFilters:s?.[t],schemaElements:p}))return;const y={};let I=0;const b=new Set;let E=false;for(const r of d){const n=A.indexOf(r);if(n===-1)continue;const a=e.columns[n];const i=a?.meta_data;if(!i)continue;if(!a.column_index_offset||!a.column_index_length)continue;if(!a.offset_index_offset||!a.offset_index_length)continue;const o=p[r];if(!o)continue;E=true;b.add(r);const s=Number(a.column_index_offset);const f=Number(a.offset_index_offset);const u=s+a.column_index_length;const d=f+a.offset_index_length;v.push({startByte:s,endByte:u},{startByte:f,endByte:d});I++;g.push(async e=>{const[n,a]=await Promise.all([e.slice(s,u),e.slice(f,d)]);const i=readColumnIndex({view:new DataView(n),offset:0},o,l);const h=readOffsetIndex({view:new DataView(a),offset:0});c[t][r]=h.page_locations;y[r]={minValues:i.min_values,maxValues:i.max_values,nullPages:i.null_pages,nullCounts:i.null_counts,pageStarts:h.page_locations.map(e=>Number(e.first_row_index)),element:o}})}if(E){for(const r of e.columns){const e=r.meta_data;if(!e)continue;const n=e.path_in_schema[0];const a=e.path_in_schema.join(".");if(o&&!o.includes(n))continue;if(b.has(a))continue;if(!r.offset_index_offset||!r.offset_index_length)continue;b.add(a);const i=Number(r.offset_index_offset);const s=i+r.offset_index_length;v.push({startByte:i,endByte:s});I++;g.push(async e=>{const r=await e.slice(i,s);const n=readOffsetIndex({view:new DataView(r),offset:0});c[t][a]=n.page_locations})}}if(I){m.push({rgIdx:t,groupRows:f,columnPages:y})}});if(g.length){const t=prefetchAsyncBuffer(e,{fetches:coalesceByteRanges(v)});await Promise.all(g.map(e=>e(t)));for(const{rgIdx:e,groupRows:t,columnPages:a}of m){u[e]=filterPageRanges(r,a,t,n)}}return{pageRangesByGroup:u,pageLocationsByGroup:c}}function coalesceByteRanges(e,t=0,r=Infinity){const n=e.map(e=>({...e})).sort((e,t)=>e.startByte-t.startByte||e.endByte-t.endByte);const a=[];for(const e of n){const n=a[a.length-1];if(n&&e.startByte<=n.endByte+t&&Math.max(n.endByte,e.endByte)-n.startByte<=r){n.endByte=Math.max(n.endByte,e.endByte)}else{a.push(e)}}return a}function physicalSchemaElements(e){const t={};function traverse(e){if(e.children.length){for(const t of e.children)traverse(t)}else{t[e.path.join(".")]=e.element}}traverse(e);return t}function prefetchAsyncBuffer(e,{fetches:t}){const r=t.map(({startByte:t,endByte:r})=>e.slice(t,r));return{byteLength:e.byteLength,slice(n,a=e.byteLength){const i=t.findIndex(({startByte:e,endByte:t})=>e<=n&&a<=t);if(i<0){return e.slice(n,a)}if(t[i].startByte!==n||t[i].endByte!==a){const e=n-t[i].startByte;const o=a-t[i].startByte;if(r[i]instanceof Promise){return r[i].then(t=>t.slice(e,o))}else{return r[i].slice(e,o)}}else{return r[i]}}}}async function parquetScan(e){e.metadata??=await parquetMetadataAsync(e.file,e);const{pruningFilter:t,...r}=e;let{columns:n}=r;if(n&&t){const e=new Set(n);const r=columnsNeededForFilter(t).filter(t=>!e.has(t));if(r.length)n=[...n,...r]}const a=await prepareParquetOptions({...r,columns:n,filter:t,useOffsetIndex:r.useOffsetIndex??true});const{metadata:i}=a;if(!i)throw new Error("parquet requires metadata");const o=parquetSchema(i);const s=new Set(n??o.children.map(e=>e.element.name));const f=parquetPlanGroups(a);const l=f.groups.flatMap(e=>e.ranges.map(([t,r])=>({rowStart:e.groupStart+t,rowEnd:e.groupStart+r,group:e})));const u=l.map(({rowStart:e,rowEnd:t})=>({rowStart:e,rowEnd:t}));const c=new Map;function readColumn({column:e,rowStart:t,rowEnd:r}){if(!s.has(e)){throw new Error(`parquet column not found in scan: ${e}`)}validateRange(t,r);if(t===r)return Promise.resolve([]);const n=findCandidate(l,t,r);if(n<0){throw new RangeError(`parquet row range [${t}, ${r}) is outside scan ranges`)}const{group:i}=l[n];const f=c.get(e);if(f&&t>=f.rowStart&&r<=f.rowEnd){return f.data.then(e=>sliceDecodedArray(e,t-f.rowStart,r-f.rowStart))}const u=readColumnRange({options:a,schemaTree:o,group:i,column:e,rowStart:t,rowEnd:r});c.set(e,{rowStart:t,rowEnd:r,data:u});return u}return{metadata:i,ranges:u,readColumn:readColumn}}async function scan_prepareParquetRead(e){const t=await prepareParquetOptions(e);return{options:t,plan:plan_parquetPlan(t)}}async function prepareParquetOptions(e){const t=e.metadata??await metadata_parquetMetadataAsync(e.file,e);const r=metadata_parquetSchema(t).children.map(e=>e.element.name);const n=filter_columnsNeededForFilter(e.filter);const a=n.filter(e=>!r.includes(e));if(a.length){throw new Error(`parquet filter columns not found: ${a.join(", ")}`)}if(e.columns){const t=e.columns.filter(e=>!r.includes(e));if(t.length)throw new Error(`parquet column not found: ${t[0]}`)}let i={...e,metadata:t};i=await withBloomFilters(i);i=await withPageIndexes(i);return i}function scan_readParquetPlan(e,t){const r={...e,file:prefetchAsyncBuffer(e.file,t)};return t.groups.map(e=>readRowGroup(r,t,e))}async function readColumnRange({options:e,schemaTree:t,group:r,column:n,rowStart:a,rowEnd:i}){const o={...e,columns:[n],filter:undefined,rowStart:a,rowEnd:i,useBloomFilters:false,useOffsetIndex:e.useOffsetIndex??true,usePageIndex:false,pageRangesByGroup:undefined};const s=planCandidateColumn({options:e,group:r,column:n,rowStart:a,rowEnd:i});const[f]=scan_readParquetPlan(o,s);if(!f)throw new Error("parquet scan range not planned");const l=assembleAsync(f,t,e.parsers);const u=l.asyncColumns.find(e=>e.pathInSchema[0]===n);if(!u)throw new Error(`parquet column not found: ${n}`);const c=await u.data;const d=flatten(c.data);const h=l.selectStart??a-l.groupStart;const A=l.selectEnd??i-l.groupStart;return sliceDecodedArray(d,h-c.skipped,A-c.skipped)}function planCandidateColumn({options:e,group:t,column:r,rowStart:n,rowEnd:a}){if(!e.metadata)throw new Error("parquet requires metadata");const i=parquetPlanGroup({rowGroup:t.rowGroup,groupStart:t.groupStart,groupRows:t.groupRows,ranges:[[n-t.groupStart,a-t.groupStart]],columns:[r],useOffsetIndex:e.useOffsetIndex??true,pageLocations:t.pageLocations});const[o]=i.groups;if(!o)throw new Error(`parquet column not found: ${r}`);return{metadata:e.metadata,rowStart:n,rowEnd:a,columns:[r],fetches:[...i.fetches,...i.indexes],groups:[o]}}function findCandidate(e,t,r){let n=0;let a=e.length-1;while(n<=a){const i=Math.floor((n+a)/2);const o=e[i];if(t<o.rowStart){a=i-1}else if(t>=o.rowEnd){n=i+1}else{return r<=o.rowEnd?i:-1}}return-1}function validateRange(e,t){if(!Number.isSafeInteger(e)||e<0){throw new RangeError("parquet rowStart must be a non-negative safe integer")}if(!Number.isSafeInteger(t)||t<e){throw new RangeError("parquet rowEnd must be a safe integer greater than or equal to rowStart")}}function sliceDecodedArray(e,t,r){if(t===0&&r===e.length)return e;return Array.isArray(e)?e.slice(t,r):e.subarray(t,r)}async function withBloomFilters(e){if(!e.useBloomFilters||!e.filter||!e.metadata)return e;const t=metadata_parquetSchema(e.metadata);const r={};for(const e of t.children)r[e.element.name]=e.element;const n=await prefetchBloomFilters({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict});return{...e,bloomFiltersByGroup:n,schemaElements:r}}async function withPageIndexes(e){if(!e.usePageIndex||!e.filter||!e.metadata)return e;const{pageRangesByGroup:t,pageLocationsByGroup:r}=await prefetchPageIndexes({file:e.file,metadata:e.metadata,filter:e.filter,filterStrict:e.filterStrict,rowStart:e.rowStart,rowEnd:e.rowEnd,columns:e.columns,bloomFiltersByGroup:e.bloomFiltersByGroup,schemaElements:e.schemaElements,parsers:e.parsers});return{...e,pageRangesByGroup:t,pageLocationsByGroup:r}}const Ge=Symbol("rowIndex");async function parquetRead(e){e.metadata??=await metadata_parquetMetadataAsync(e.file,e);const{rowStart:t=0,rowEnd:r,columns:n,onChunk:a,onComplete:i,rowFormat:o,filter:s,filterStrict:f=true}=e;if(s&&o!=="object"){throw new Error('parquet filter requires rowFormat: "object"')}if(e.includeRowIndex&&o!=="object"){throw new Error('parquet includeRowIndex requires rowFormat: "object"')}const l=filter_columnsNeededForFilter(s);let u=n;if(n&&l.length){const e=new Set(n);const t=l.filter(t=>!e.has(t));if(t.length)u=[...n,...t]}const c=u===n?e:{...e,columns:u};const d=await scan_prepareParquetRead(c);const h=d.options;const A=u!==n;const p=scan_readParquetPlan(h,d.plan);if(!i&&!a){await awaitAllColumns(p);return}if(!h.metadata)throw new Error("parquet requires metadata");const v=metadata_parquetSchema(h.metadata);const g=p.map(t=>rowgroup_assembleAsync(t,v,e.parsers));if(a){for(const e of g){for(const t of e.asyncColumns){t.data.then(({data:r,skipped:n})=>{let i=e.groupStart+n;for(const e of r){a({columnName:t.pathInSchema[0],columnData:e,rowStart:i,rowEnd:i+e.length});i+=e.length}},()=>{})}}}if(i){await awaitAllColumns(g);const a=[];for(const i of g){const c=i.selectStart??Math.max(t-i.groupStart,0);const d=i.selectEnd??Math.min((r??Infinity)-i.groupStart,i.groupRows);const h=o==="object"?await asyncGroupToRows(i,c,d,u,"object"):await asyncGroupToRows(i,c,d,n,"array");if(e.includeRowIndex){for(let e=0;e<h.length;e++){Object.defineProperty(h[e],Ge,{value:i.groupStart+c+e})}}if(s){for(const e of h){if(matchFilter(e,s,f)){if(A&&n){for(const t of l){if(!n.includes(t))delete e[t]}}a.push(e)}}}else{utils_concat(a,h)}}i(a)}else{await awaitAllColumns(g)}}async function awaitAllColumns(e){const t=e.flatMap(e=>e.asyncColumns.map(e=>e.data));const r=await Promise.allSettled(t);const n=r.find(e=>e.status==="rejected");if(n)throw n.reason}function parquetReadAsync(e){if(!e.metadata)throw new Error("parquet requires metadata");return readParquetPlan(e,parquetPlan(e))}async function parquetReadColumn(e){if(e.columns?.length!==1){throw new Error("parquetReadColumn expected columns: [columnName]")}e.metadata??=await parquetMetadataAsync(e.file,e);const t=e.columns[0];const r=await prepareParquetRead(e);const n=readParquetPlan(r.options,r.plan);if(!r.options.metadata)throw new Error("parquet requires metadata");const a=parquetSchema(r.options.metadata);const i=n.map(t=>assembleAsync(t,a,e.parsers));await awaitAllColumns(i);const o=[];for(const e of i){const r=e.asyncColumns.find(e=>e.pathInSchema[0]===t);if(!r)throw new Error(`parquet column not found: ${t}`);const{data:n}=await r.data;for(const e of n)concat(o,e)}return o}function parquetReadObjects(e){return new Promise((t,r)=>{parquetRead({...e,rowFormat:"object",onComplete:t}).catch(r)})}const Ye=4096;const Ve=2*Ye+32;const He=2*Ye-1;const We=new Uint32Array([0,1,3,7,15,31,63,127,255,511,1023,2047,4095,8191,16383,32767,65535,131071,262143,524287,1048575,2097151,4194303,8388607,16777215]);class BrotliBitReader{constructor(e){this.buf_=new Uint8Array(Ve);this.input_=e;this.buf_ptr_=0;this.val_=0;this.pos_=0;this.bit_pos_=0;this.bit_end_pos_=0;this.eos_=0;this.reset()}static READ_SIZE=Ye;static IBUF_MASK=He;reset(){this.buf_ptr_=0;this.val_=0;this.pos_=0;this.bit_pos_=0;this.bit_end_pos_=0;this.eos_=0;this.readMoreInput();for(let e=0;e<4;e++){this.val_|=this.buf_[this.pos_]<<8*e;this.pos_++}return this.bit_end_pos_>0}readMoreInput(){if(this.bit_end_pos_>256){}else if(this.eos_){if(this.bit_pos_>this.bit_end_pos_)throw new Error("Unexpected end of input "+this.bit_pos_+" "+this.bit_end_pos_)}else{const e=this.buf_ptr_;const t=this.input_.read(this.buf_,e,Ye);if(t<0){throw new Error("Unexpected end of input")}if(t<Ye){this.eos_=1;for(let r=0;r<32;r++)this.buf_[e+t+r]=0}if(e===0){for(let e=0;e<32;e++)this.buf_[(Ye<<1)+e]=this.buf_[e];this.buf_ptr_=Ye}else{this.buf_ptr_=0}this.bit_end_pos_+=t<<3}}fillBitWindow(){while(this.bit_pos_>=8){this.val_>>>=8;this.val_|=this.buf_[this.pos_&He]<<24;this.pos_++;this.bit_pos_=this.bit_pos_-8>>>0;this.bit_end_pos_=this.bit_end_pos_-8>>>0}}readBits(e){if(32-this.bit_pos_<e)this.fillBitWindow();const t=this.val_>>>this.bit_pos_&We[e];this.bit_pos_+=e;return t}}const Oe=8;const ze=8;const Ze=255;const je=18;const Je=new Uint8Array([1,2,3,4,0,5,17,6,16,7,8,9,10,11,12,13,14,15]);const Ke=new Uint16Array([256,402,436,468,500,534,566,598,630,662,694,726,758,790,822,854,886,920,952,984,1016,1048,1080]);class HuffmanCode{constructor(e,t){this.bits=e;this.value=t}}const Xe=16;const _e=15;function getNextKey(e,t){let r=1<<t-1;while(e&r){r>>=1}return(e&r-1)+r}function replicateValue(e,t,r,n,a){do{n-=r;e[t+n]=new HuffmanCode(a.bits,a.value)}while(n>0)}function nextTableBitSize(e,t,r){let n=1<<t-r;while(t<_e){n-=e[t];if(n<=0)break;++t;n<<=1}return t-r}function buildHuffmanTable(e,t,r,n,a){const i=t;const o=new Int32Array(_e+1);const s=new Int32Array(_e+1);const f=new Int32Array(a);for(let e=0;e<a;e++){o[n[e]]++}s[1]=0;for(let e=1;e<_e;e++){s[e+1]=s[e]+o[e]}for(let e=0;e<a;e++){if(n[e]!==0){f[s[n[e]]++]=e}}let l=r;let u=1<<l;let c=u;if(s[_e]===1){for(let r=0;r<c;++r){e[t+r]=new HuffmanCode(0,f[0]&65535)}return c}let d=0;let h=0;for(let n=1,a=2;n<=r;++n,a<<=1){for(;o[n]>0;--o[n]){const r=new HuffmanCode(n&255,f[h++]&65535);replicateValue(e,t+d,a,u,r);d=getNextKey(d,n)}}const A=c-1;let p=-1;for(let n=r+1,a=2;n<=_e;++n,a<<=1){for(;o[n]>0;--o[n]){if((d&A)!==p){t+=u;l=nextTableBitSize(o,n,r);u=1<<l;c+=u;p=d&A;e[i+p]=new HuffmanCode(l+r&255,t-i-p&65535)}const s=new HuffmanCode(n-r&255,f[h++]&65535);replicateValue(e,t+(d>>r),a,u,s);d=getNextKey(d,n)}}return c}function readHuffmanCode(e,t,r,n){const a=new Uint8Array(e);n.readMoreInput();const i=n.readBits(2);if(i===1){let t=e-1;let r=0;const i=new Int32Array(4);const o=n.readBits(2)+1;while(t){t>>=1;r++}for(let t=0;t<o;t++){i[t]=n.readBits(r)%e;a[i[t]]=2}a[i[0]]=1;switch(o){case 1:break;case 3:if(i[0]===i[1]||i[0]===i[2]||i[1]===i[2]){throw new Error("[ReadHuffmanCode] invalid symbols")}break;case 2:if(i[0]===i[1]){throw new Error("[ReadHuffmanCode] invalid symbols")}a[i[1]]=1;break;case 4:if(i[0]===i[1]||i[0]===i[2]||i[0]===i[3]||i[1]===i[2]||i[1]===i[3]||i[2]===i[3]){throw new Error("[ReadHuffmanCode] invalid symbols")}if(n.readBits(1)){a[i[2]]=3;a[i[3]]=3}else{a[i[0]]=2}break}}else{const t=new Uint8Array(je);let r=32;let o=0;const s=[new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(3,2),new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(4,1),new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(3,2),new HuffmanCode(2,0),new HuffmanCode(2,4),new HuffmanCode(2,3),new HuffmanCode(4,5)];for(let e=i;e<je&&r>0;e++){const a=Je[e];let i=0;n.fillBitWindow();i+=n.val_>>>n.bit_pos_&15;n.bit_pos_+=s[i].bits;const f=s[i].value;t[a]=f;if(f!==0){r-=32>>f;o++}}if(!(o===1||r===0))throw new Error("[ReadHuffmanCode] invalid num_codes or space");readHuffmanCodeLengths(t,e,a,n)}const o=buildHuffmanTable(t,r,ze,a,e);if(!o)throw new Error("brotli BuildHuffmanTable failed");return o}function readSymbol(e,t,r){r.fillBitWindow();t+=r.val_>>>r.bit_pos_&Ze;const n=e[t].bits-ze;if(n>0){r.bit_pos_+=ze;t+=e[t].value;t+=r.val_>>>r.bit_pos_&(1<<n)-1}r.bit_pos_+=e[t].bits;return e[t].value}function readHuffmanCodeLengths(e,t,r,n){let a=0;let i=Oe;let o=0;let s=0;let f=32768;const l=[];for(let e=0;e<32;e++)l.push(new HuffmanCode(0,0));buildHuffmanTable(l,0,5,e,je);while(a<t&&f>0){let e=0;n.readMoreInput();n.fillBitWindow();e+=n.val_>>>n.bit_pos_&31;n.bit_pos_+=l[e].bits;const u=l[e].value&255;if(u<Xe){o=0;r[a++]=u;if(u!==0){i=u;f-=32768>>u}}else{const e=u-14;let l=0;if(u===Xe){l=i}if(s!==l){o=0;s=l}const c=o;if(o>0){o-=2;o<<=e}o+=n.readBits(e)+3;const d=o-c;if(a+d>t){throw new Error("[ReadHuffmanCodeLengths] symbol + repeat_delta > num_symbols")}for(let e=0;e<d;e++)r[a+e]=s;a+=d;if(s!==0){f-=d<<15-s}}}if(f!==0){throw new Error("[ReadHuffmanCodeLengths] space = "+f)}for(;a<t;a++)r[a]=0}class HuffmanTreeGroup{constructor(e,t){this.alphabet_size=e;this.num_htrees=t;this.codes=new Array(t+t*Ke[e+31>>>5]);this.htrees=new Uint32Array(t)}decode(e){let t=0;for(let r=0;r<this.num_htrees;r++){this.htrees[r]=t;t+=readHuffmanCode(this.alphabet_size,this.codes,t,e)}}}function prefix([e,t]){return{offset:e,nbits:t}}const $e=[[1,2],[5,2],[9,2],[13,2],[17,3],[25,3],[33,3],[41,3],[49,4],[65,4],[81,4],[97,4],[113,5],[145,5],[177,5],[209,5],[241,6],[305,6],[369,7],[497,8],[753,9],[1265,10],[2289,11],[4337,12],[8433,13],[16625,24]].map(prefix);const et=[[0,0],[1,0],[2,0],[3,0],[4,0],[5,0],[6,1],[8,1],[10,2],[14,2],[18,3],[26,3],[34,4],[50,4],[66,5],[98,5],[130,6],[194,7],[322,8],[578,9],[1090,10],[2114,12],[6210,14],[22594,24]].map(prefix);const tt=[[2,0],[3,0],[4,0],[5,0],[6,0],[7,0],[8,0],[9,0],[10,1],[12,1],[14,2],[18,2],[22,3],[30,3],[38,4],[54,4],[70,5],[102,5],[134,6],[198,7],[326,8],[582,9],[1094,10],[2118,24]].map(prefix);const rt=[0,0,8,8,0,16,8,16,16];const nt=[0,8,0,8,16,0,16,8,16];const at=1080;const it=new Uint8Array([0,0,0,0,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,0,0,0,0]);const ot=new Uint8Array([0,0,0,0,1,1,2,2,3,3,4,4,5,5,6,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13,0,0]);function freb(e,t){const r=new Uint16Array(31);for(let n=0;n<31;n++){r[n]=t+=1<<e[n-1]}const n=new Int32Array(r[30]);for(let e=1;e<30;e++){for(let t=r[e];t<r[e+1];++t){n[t]=t-r[e]<<5|e}}return{base:r,rev:n}}const{base:st,rev:ft}=freb(it,2);st[28]=258;ft[258]=28;const{base:lt}=freb(ot,0);const ut=new Uint16Array(32768);for(let e=0;e<32768;e++){let t=(e&43690)>>1|(e&21845)<<1;t=(t&52428)>>2|(t&13107)<<2;t=(t&61680)>>4|(t&3855)<<4;ut[e]=((t&65280)>>8|(t&255)<<8)>>1}function huffMap(e,t,r){const n=new Uint16Array(t);for(let t=0;t<e.length;t++){if(e[t])++n[e[t]-1]}const a=new Uint16Array(t);for(let e=1;e<t;e++){a[e]=a[e-1]+n[e-1]<<1}let i;if(r){i=new Uint16Array(1<<t);const r=15-t;for(let n=0;n<e.length;n++){if(e[n]){const o=n<<4|e[n];const s=t-e[n];let f=a[e[n]-1]++<<s;for(const e=f|(1<<s)-1;f<=e;f++){i[ut[f]>>r]=o}}}}else{i=new Uint16Array(e.length);for(let t=0;t<e.length;t++){if(e[t]){i[t]=ut[a[e[t]-1]++]>>15-e[t]}}}return i}const ct=new Uint8Array(288);for(let e=0;e<144;e++)ct[e]=8;for(let e=144;e<256;e++)ct[e]=9;for(let e=256;e<280;e++)ct[e]=7;for(let e=280;e<288;e++)ct[e]=8;const dt=new Uint8Array(32);for(let e=0;e<32;e++)dt[e]=5;const ht=huffMap(ct,9,1);const At=huffMap(dt,5,1);function decodeBlockType(e,t,r,n,a,i,o){const s=r*2;const f=r;const l=readSymbol(t,r*at,o);let u;if(l===0){u=a[s+(i[f]&1)]}else if(l===1){u=a[s+(i[f]-1&1)]+1}else{u=l-2}if(u>=e){u-=e}n[r]=u;a[s+(i[f]&1)]=u;i[f]++}function decodeMetaBlockLength(e){const t={meta_block_length:0,input_end:0,is_uncompressed:0,is_metadata:false};t.input_end=e.readBits(1);if(t.input_end&&e.readBits(1)){return t}const r=e.readBits(2)+4;if(r===7){t.is_metadata=true;if(e.readBits(1)!==0)throw new Error("Invalid reserved bit");const r=e.readBits(2);if(r===0)return t;for(let n=0;n<r;n++){const a=e.readBits(8);if(n+1===r&&r>1&&a===0)throw new Error("Invalid size byte");t.meta_block_length|=a<<n*8}}else{for(let n=0;n<r;n++){const a=e.readBits(4);if(n+1===r&&r>4&&a===0)throw new Error("Invalid size nibble");t.meta_block_length|=a<<n*4}}t.meta_block_length++;if(!t.input_end&&!t.is_metadata){t.is_uncompressed=e.readBits(1)}return t}function copyUncompressedBlockToOutput(e,t,r,n,a,i){const o=a+1;let s=r&a;let f=i.pos_&BrotliBitReader.IBUF_MASK;if(t<8||i.bit_pos_+(t<<3)<i.bit_end_pos_){while(t-- >0){i.readMoreInput();n[s++]=i.readBits(8);if(s===o){e.write(n,o);s=0}}return}if(i.bit_end_pos_<32){throw new Error("copyUncompressedBlockToOutput: br.bit_end_pos_ < 32")}while(i.bit_pos_<32){n[s]=i.val_>>>i.bit_pos_;i.bit_pos_+=8;s++;t--}let l=i.bit_end_pos_-i.bit_pos_>>3;if(f+l>BrotliBitReader.IBUF_MASK){const e=BrotliBitReader.IBUF_MASK+1-f;for(let t=0;t<e;t++)n[s+t]=i.buf_[f+t];l-=e;s+=e;t-=e;f=0}for(let e=0;e<l;e++)n[s+e]=i.buf_[f+e];s+=l;t-=l;if(s>=o){e.write(n,o);s-=o;for(let e=0;e<s;e++)n[e]=n[o+e]}while(s+t>=o){l=o-s;if(i.input_.read(n,s,l)<l){throw new Error("copyUncompressedBlockToOutput: not enough bytes")}e.write(n,o);t-=l;s=0}if(i.input_.read(n,s,t)<t){throw new Error("copyUncompressedBlockToOutput: not enough bytes")}i.reset()}function decodeVarLenUint8(e){if(e.readBits(1)){const t=e.readBits(3);if(t===0){return 1}else{return e.readBits(t)+(1<<t)}}return 0}function decodeWindowBits(e){if(e.readBits(1)===0)return 16;let t=e.readBits(3);if(t>0)return 17+t;t=e.readBits(3);if(t>0)return 8+t;return 17}function jumpToByteBoundary(e){const t=e.bit_pos_+7&~7;return!e.readBits(t-e.bit_pos_)}function readBlockLength(e,t,r){const n=readSymbol(e,t,r);const{offset:a,nbits:i}=$e[n];return a+r.readBits(i)}const pt=new Uint8Array([0,0,0,0,0,0,0,0,0,4,4,0,0,4,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,8,12,16,12,12,20,12,16,24,28,12,12,32,12,36,12,44,44,44,44,44,44,44,44,44,44,32,32,24,40,28,12,12,48,52,52,52,48,52,52,52,48,52,52,52,52,52,48,52,52,52,52,52,48,52,52,52,52,52,24,12,28,12,12,12,56,60,60,60,56,60,60,60,56,60,60,60,60,60,56,60,60,60,60,60,56,60,60,60,60,60,24,12,28,12,0,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,0,1,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,2,3,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,1,1,1,1,1,1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,6,6,6,6,6,6,7,0,8,8,8,8,8,8,8,8,8,8,8,8,8,8,8,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,16,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,24,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,32,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,40,48,48,48,48,48,48,48,48,48,48,48,48,48,48,48,56,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,0,0,0,0,1,1,1,1,2,2,2,2,3,3,3,3,4,4,4,4,5,5,5,5,6,6,6,6,7,7,7,7,8,8,8,8,9,9,9,9,10,10,10,10,11,11,11,11,12,12,12,12,13,13,13,13,14,14,14,14,15,15,15,15,16,16,16,16,17,17,17,17,18,18,18,18,19,19,19,19,20,20,20,20,21,21,21,21,22,22,22,22,23,23,23,23,24,24,24,24,25,25,25,25,26,26,26,26,27,27,27,27,28,28,28,28,29,29,29,29,30,30,30,30,31,31,31,31,32,32,32,32,33,33,33,33,34,34,34,34,35,35,35,35,36,36,36,36,37,37,37,37,38,38,38,38,39,39,39,39,40,40,40,40,41,41,41,41,42,42,42,42,43,43,43,43,44,44,44,44,45,45,45,45,46,46,46,46,47,47,47,47,48,48,48,48,49,49,49,49,50,50,50,50,51,51,51,51,52,52,52,52,53,53,53,53,54,54,54,54,55,55,55,55,56,56,56,56,57,57,57,57,58,58,58,58,59,59,59,59,60,60,60,60,61,61,61,61,62,62,62,62,63,63,63,63,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]);const vt=new Uint16Array([1024,1536,1280,1536,0,256,768,512]);function decodeContextMap(e,t){let r=0;t.readMoreInput();const n=decodeVarLenUint8(t)+1;const a=new Uint8Array(e);if(n<=1){return[n,a]}const i=t.readBits(1);if(i){r=t.readBits(4)+1}const o=[];for(let e=0;e<at;e++){o[e]=new HuffmanCode(0,0)}readHuffmanCode(n+r,o,0,t);for(let n=0;n<e;){t.readMoreInput();const i=readSymbol(o,0,t);if(i===0){a[n]=0;n++}else if(i<=r){let r=1+(1<<i)+t.readBits(i);while(--r){if(n>=e){throw new Error("[DecodeContextMap] i >= context_map_size")}a[n]=0;n++}}else{a[n]=i-r;n++}}if(t.readBits(1)){inverseMoveToFrontTransform(a,e)}return[n,a]}function moveToFront(e,t){const r=e[t];for(let r=t;r;r--)e[r]=e[r-1];e[0]=r}function inverseMoveToFrontTransform(e,t){const r=new Uint8Array(256);for(let e=0;e<256;e++){r[e]=e}for(let n=0;n<t;n++){const t=e[n];e[n]=r[t];if(t)moveToFront(r,t)}}class BrotliInput{constructor(e){this.buffer=e;this.pos=0}read(e,t,r){if(this.pos+r>this.buffer.length){r=this.buffer.length-this.pos}for(let n=0;n<r;n++)e[t+n]=this.buffer[this.pos+n];this.pos+=r;return r}}class BrotliOutput{constructor(e){this.buffer=e;this.pos=0}write(e,t){if(this.pos+t>this.buffer.length)throw new Error("brotli output buffer is not large enough");this.buffer.set(e.subarray(0,t),this.pos);this.pos+=t;return t}}const gt=new Uint8Array([16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1,15]);function bits(e,t,r){const n=t/8|0;return(e[n]|e[n+1]<<8)>>(t&7)&r}function bits16(e,t){const r=t/8|0;return(e[r]|e[r+1]<<8|e[r+2]<<16)>>(t&7)}function shft(e){return(e+7)/8|0}function gzipStart(e,t){if(e[t++]!==31||e[t++]!==139||e[t++]!==8)return 0;const r=e[t++];t+=6;if(r&4)t+=(e[t+10]|e[t+11]<<8)+2;for(let n=(r>>3&1)+(r>>4&1);n>0;n-=Number(!e[t++]));return t+(r&2)}function gzip_gunzip(e,t,r=0,n=0){let a=t??new Uint8Array(1024);if(!(e.length-r))return a;const i=gzipStart(e,r);if(i===e.length-8)return a;if(i>e.length-8)throw new Error("unexpected EOF");let o=i*8;let s=0;let f=0;let l=0;let u;let c;const d=e.length*8;function ensureSize(e){if(!t&&e>a.length){const t=a;a=new Uint8Array(Math.max(t.length*2,e));a.set(t)}}do{if(!u){s=bits(e,o,1);const t=bits(e,o+1,3);o+=3;if(!t){const t=shft(o)+4;const r=e[t-4]|e[t-3]<<8;const i=t+r;if(i>e.length)throw new Error("unexpected EOF");ensureSize(n+r);a.set(e.subarray(t,i),n);n+=r;o=i*8;continue}else if(t===1){u=ht;c=At;f=9;l=5}else if(t===2){const t=bits(e,o,31)+257;const r=bits(e,o+10,15)+4;const n=t+bits(e,o+5,31)+1;o+=14;const a=new Uint8Array(n);const i=new Uint8Array(19);for(let t=0;t<r;++t){i[gt[t]]=bits(e,o+t*3,7)}o+=r*3;const s=Math.max(...i);const d=(1<<s)-1;const h=huffMap(i,s,1);for(let t=0;t<n;){const r=h[bits(e,o,d)];o+=r&15;const n=r>>4;if(n<16){a[t++]=n}else{let r=0;let i=0;if(n===16){i=3+bits(e,o,3);o+=2;r=a[t-1]}else if(n===17){i=3+bits(e,o,7);o+=3}else if(n===18){i=11+bits(e,o,127);o+=7}while(i--)a[t++]=r}}const A=a.subarray(0,t);const p=a.subarray(t);f=Math.max(...A);l=Math.max(...p);u=huffMap(A,f,1);c=huffMap(p,l,1)}else throw new Error("invalid block type");if(o>d)throw new Error("unexpected EOF")}ensureSize(n+131072);const t=(1<<f)-1;const r=(1<<l)-1;for(;;){const i=u[bits16(e,o)&t];const s=i>>4;o+=i&15;if(o>d)throw new Error("unexpected EOF");if(!i)throw new Error("invalid length/literal");if(s<256)a[n++]=s;else if(s===256){u=undefined;break}else{let t=s-254;if(s>264){const r=s-257;const n=it[r];t=bits(e,o,(1<<n)-1)+st[r];o+=n}if(!c)throw new Error("invalid distance map");const i=c[bits16(e,o)&r];const f=i>>4;if(!i)throw new Error("invalid distance");o+=i&15;let l=lt[f];if(f>3){const t=ot[f];l+=bits16(e,o)&(1<<t)-1;o+=t}if(o>d)throw new Error("unexpected EOF");const u=n+t;if(n<l)throw new Error("unexpected dictionary case");ensureSize(u);for(;n<u;n++)a[n]=a[n-l]}}if(u)s=1}while(!s);if(n<a.length){const t=Math.ceil(o/8)+8;gzip_gunzip(e,a,t,n)}if(!t)return a.subarray(0,n);return a}const mt=`\nH4sIAAAAAAAAAzy96XIcx7Uu+tuI4DuU2meLxDbRAElNJgYHR0neGrgFyr7bPg5FdlV2dwHVVa3KKoBN\nSRHggIHgAFKcBc4zJQIgOGIggYjDF6D+kf8U56K6GxH3Ie73rYRsGRLQnZWVwxq+tXKtlYlf0V40GAZ+\nUQe6mBSU2+9GnvZUokw5GozCoGb8RLt+UouqOuxLTRL4/boYaz0Yxf2J3pfUtIqjAR0XIq8W4JdiFFcK\nUdRfDVQt8Ad04Ie6rINqOapo43u6EsV81guisJSUdWXA14NFP/SqqoT31kwxDYKyVl6i44pWblnFWhXj\nqJLEqa6ouF8VAp1Wo7Dsl8oYpw5U6IV60OgBHYYYj6uMLkRJuRqZJDXaqyhPl9GmrPHeskpCVdGf+WF/\nIYhKxt+vC2iP8aFdP/r3QzwTr291/lSOAk+Hnhn0k/IX6B/D8AbRh/FLYYK2ZTWgS+jLaB26KgiqKikP\navw3SE1Fh2nRDypVFSd9kR8mZd8EvklKUYSxam8Q8xzUBt8VTAVzV4GJMJwo9t0y3m8CZZJEK0y3Uivi\nmX4/LA36QaDx+aCKvQKeLfqx3oM16w+jQYUO89WwVMH6J5hsECmvhLU3OiiGUaIrqVsuaq5FWIsjt993\nozAKXR1gn8rYE8/X3ifYnzgNdBnrpvrUPj8sRm6QFgI1aAJtTFkFRcM9RF/7o1Bv6uj4D/zHuNigvaCj\nWLm6EKTY/zQe1Lq/iL/LIJoS1gmbiP3G2Ms6xJr09+tqUlUGnfrVOIoqn+z9/DPQS7i3VgU9olM80691\ntRioEuinH6vjFTGfBOONsecJaLYvrVQTrJaH/jAGfA8KBi1i9LV+rBXWISliX1SaRKCNOO+ChlTQD7qu\nDmBNPPRfAa1jR5MkjcNChB/QCTghiCOj0zjYYLDwcRRoPApSTAyWG3ursY+Bl++rlsAalQEV1/BMAloO\nDQjGi6Pq30DTblStbcp35LraVY9JsBABdsPHy7A+VfBZvuQXsQaJa8xfSrGq4Q3hu6WkM8Z+YIxJgHka\n5aM75eEdDvYv6IvKIWikvxrFmJtJ1n+9rc0DXXa1F3qqURQXOG+s4df53vwg6KYCft1c3df5KfYyVmH/\nIPoeVCFoKCAxef/s+FdnVaXBINbbpLH+XxvW/3FQ+UkFewPaM6VImxJ4AltTqmIs77S1OQHoJw39BPvG\nfvpBh5VByI99lSBnyNOY4uaO6j4sHcY+iPlGQTEK0acfGFXEt+hZVY0LORCj72IQDRZUoWaqKjTgi/cw\n3g/wA9YxoP0EfBcM+v0+ZEJiEhBO7GP6pfYAPDioVX+CvdgNmQO+x5qEBnvYj+2uxWlo+tKgBknWvwn9\nlSIVlCACDN6nvZL2ve6c0Yl5H9/l+8xf3sOY/aKzwUQR9hFyAnSYpAW9X5MaQoxDe6DpBNwcYetAXnFl\n00fVfS5kQBnrXsA49oOWByIssjK1GDwLmgyqGKOP9XJB/1vwrj7sfaJKpuAnBrQVgPmSfgiwELTbhQUu\nYdH+2vvlF16a1L6gfFGBrkUp1j3BEvlhn9q/36VsqmlT9E15cHAwH/sGfRZMNdYDmzAP/K03Y2LbwY8e\nxrGlo2NjAXsOKsDY4hCyxCtE+/JF5ccBxoP1Yt9xX4o5a7fsFze8UwWd6QE/+F8bcqCJuBLgWQ/0UIV8\n3tjR0cFZerEaLKdgimqUFNPQK4CPyrEuQrIE/bpmEvRRBr2D9yHXdbAJxGhSP8GjwVe9vTmKfOxJ7eNd\ne3NYM6180ByH5HsGS9sZqoFaCQyR+FXzxz//+c8YB2SjVwO/m9ZO54dqufoXyO4AfB0MQsHsL2/N/rN9\nXYsD4QR5FeRbWrZ9iH6qqSlDkyRYmk4XNPCf7V3tZWi4D7FGkDFJDBnmvPuuA20SYD+hXUBVGETFh4zq\n96sJ9h86Cvoh0CXQTBWb8R7WdF3LuhaX9A2ZkMdgugpxjwaDVrDXpdSHnA6wUQavBpMoSqSo0u5XSu/+\n8aPNQQpdi36xlJ0gqloJ9FZOKpQSgRenpd1f7doVQj6FWMO/gFgDUiHWfoA6ALyF9XNA/3Gsg1oBOsiA\nVry0X4fKKFdV9SBoo5QGxb2bt2wtg9ZA90kJMgXCH7ovjSGvapsw//XrWztbO3M9FQOh5YN//NgzkC8F\nDc6BHN+76aOt2HpDBsD8gw+wiEXQw/8dumgKUc1AhuTRRW7Pl717CxhPP/autfOHH6C8alg3b8PX/9X6\nbao87E29DQq3Df+D0K/imXXAHcneTX/eOuC7kH5ezdOFpAcTgywLQs1xRoN7N32w1YNs0wMq2Lvpw60B\n1h90C3JUQRX8E0YDCvxgSjrUzv8dOmOiImRTRSe+yHHTVd4C2ZjGReCAKnRJVxL3QOf6rd+/swH/1RhX\nswB6gnyJOzpaOyt+0O+0tfX4cRQC53geeGsQ+2QiP6imiWnvM+3ABrW9mzdv/bR3+xd7N3dsVZ6qYK3w\nrs09fRCC6zc666Fik72bN211MB/oWYh6X1UgW7raqz0mSoPPPv1iF/gReCXGGry3tau8qecjrC1EQNef\nQad7O97bWgHW2vreB/8ADWg/dMv/A8wF8uKYV9a3toKuY+xJSUOngrRC4J7Q27rlw398ExW/Wf+v1k7Q\n1ka0bSSQiTXihmgwKIAXtr7/wT/+qgbUFryv5fsfWv5jx5b/2LrlvX/06WJx1/+z51PI0vKAD3UH0jbA\nF+hj9duUOhT8APqBrkqwdvkC6NADvZaBRSAvgJHCZOuWD/7xyd69e9o2d2wqRtDU6GPXFzudfRA4W99/\n7x/bv9z5Px766Gz5oUXv89H+/X9AvxnQTrL+h9ZOYJEErN6pgOZ++KGr/Z/+v/KfQf/0V/7Po0G8JwHN\nKc8zkBYB2HFfZ8sffoDIikLsZR6KoaPj/VasRa0Pot6AqMCxkLNREWvR6mzu6ACNg4exGIB/wKngibjm\nYl+TGihLA1P4UZiHMnOh50p4L3Ri/n2s055yfifkAaCe4KsQfN0PWoGmUSH04T7QiQu6b/Ggc93Ar7ZC\n+HyI57AOHTv/ttN8+K+ergR8SQTs/+lPrYPYN4CMqArlEVUTqPxA79723wZ0ErZt/mBvQHkOWv/6q8+c\nQhoAl0f9nT+sa/lk17ad4LlWVShAXqtww6Y/fwR8VqZQ6Gr3QVuQJSlxNHCCX9Xft7W809GxuTUE0P/n\npn91/vNfnS2fRSUHeiVZ1/KHP0BflqBTKwXIp9bv1rV0kCawD/3R1v8Pcg1r3bPObG1vd/AgpCLxbWlD\n63ctaOpAb67H9KpeqqD/VJL/656PW7Gx36ZRgv+2gMchIX9YB1J4Dz/v4+cD/HyIn4/w8+fNHfLPJvxs\nxs8W/KDdZrTbjHab0W4z2m1Guy1otwXttqDdFrTbgnZb0G4L2m1hf/hsE77bhDab0LYDz3Tg2Q5814E2\nHWjbgWfQARYDP2iHf4HQ8PMRfj7Ezwf4eR8/7+FnC34242cTftDuI7T7CO0+QruP0O4jtPsI7T5Cu4/Q\n7iO0+wjtPkS7D9HuQ7T7EO0+RLsP0e5DtPsQ7T5Euw/R7gO0+wDtPkC7D9DuA7T7AO0+QLsP0O4DtPsA\n7d5Hu/fR7n20ex/t3ke799HufbR7H+3eR7v3MeMOzvq9TVv+DLWEyeN/wKxR5dV1WBOJJuiqAsckkReV\ngctdCCz1ajYq+BDQr6aUMq+mBnwPesMQcUWQSxEtEvyuXOyt5/dFsN0i4NQQupgWBaQpODYoRd+mr+4T\n1YboEzoCUACcAx1UUH18H8k5UqVUVVNAzDACSwJ7Q4YFqU9VByOnFsGeUBCOcdXH+wt4Z8AGQeT5Efgi\n5rj8189fP3z9Ej9Lr1/8OvT64a9Dvx769aB89vT1Mj5dwl9zaPUSvz+Rv5ZeP8N3S/hk7tfh15fR9in+\nmf31KHo4+vrHX4/+egDfPsLvj/Dfy+zj9ezrq/j3InrCU6+vvb6Fz5++voS2B9Huinz6Av0/fH0eP2fw\nc/nXQ/h8Fu97+voC3v/09fzrl/jsBf65gecOvX729sDb8Tc33468HX5zFz/zbw+9PYy/x97MvpnBN3fx\n/ZG3o2/H3h5+O4yfQ/iEv4++uffmMX4//OY2nh2VPsbfHsQzo/jsF/R0j79J23H8fhht+d9Db55Ir8No\nP/x25M3P+GwcbUbeTMkTw/jmCd7+BNjdJNh4HQWwphOY5bCDsTtAdbT6CTkKxIcxvzXU/rTsAX9AQ7At\nfLfow3ImqIyrNHOhooHyYG0BkcFMh0iIPeA/owFq0yo9BobuAgNypBEHc38Qv9Bki60ABjCk5Q47uwqJ\nDuyD9+o4hmEcQveqQpQm9AsAWCYBrcFAzP4ENgmkGYxQoMO4JO4FI7Y5qYew2YVZ6qbGhdET0+gLCjRj\nCNFggwiVKXolYLcr2jsVvLvmU7PSW2AAv0PaoewerwfagJ4BHAI+gJJ/F4CxE/OAiR3Frq5SQdOQhkYr\n+aEq4gnoUj8Blkw1vRn4ArgGqlPvSyJAVyJk9IxP8WyYAMQbU0j9IBHTF0pAA32lXg3M6NG8Dj1DUxP/\nxdKVYQrT5WLAmlBrUMdoDOhDV4BHP0WIVRvQQLmmXPT3wbzGgMII6C+m5wXYFDgLOlIFMQzsmBat+TaF\nfsaSVHU5ragQWpquC1/8C9DO0PZeARzpwrRxKVqw4sDo5QB2USjGzyBEjaZDx9CbYjx2DRER6wKmD2s+\nTcowk/AsXmew2El5kO4ZTtoD6bnEYgmXM60ksCcoVOKEzpTaDkiGflpwMX1L2FBYqoGqaSKPuMZ31FIx\n07lMLhY2webFDkAt6aqaVmkeG1WtBrVPub8F4KpSWoVwpJ+E1IResKaG5rjBBsUQUNhaCsJ+ulpophFw\nAxqYFI9VlTyL7klbIb0uIYmGviPt7SWxcuDmY3IARFsIfEBvToSFLSrQL/1KNZWCCLlbBtMPNH0V7Zyg\nR2+W8QB3a7DKAhpLKulLYb4mZfooYFeakIMu0E3gRvQn0BnHCWp6RIxbc/lvgGM6WAwla/8gtxl4TodV\nX7uE9X5QxEQ1zUpyHvS8X4HJqkgdPoxAwh40BynTZadJPWC/1C0XuM5xVAMqMv0amwcUg/mRLMBgDlcC\nYD0py44SXdWiYhEk4UZVzcWEiQUWB3rgTluvHMRCTH8I9EecxERTCrY4phqF2FARMjAxCHd7KTI+I9WB\nVqu1yHVhaupishW43ZRBxQnXACYlGYd+N5PGgDtFvpIEjI3mWqVJ1IndSXSe9leFTAJjTwX/Q8oxeBmm\nCnSLJR7Ep3gvzd4QUtCnc8Itf8X+6IqEhIzdMsGPpqfP0M1ovCgtwJKqhW4CbqIVHg1iL3WxRjaA9QKz\nmHYpKGEAGwrepbfS7CBf9lJyEXjX+sTTCDsqAM5zdQct8F6KzSr4M6DfBSCXEkEkNQx4CnPrBDX09Bi6\n5IyicwKbZzSRK+V4KIPGBlSxhPgzoYvV0MfGb2tkMNjk2HxDXy8Fd0zuDkswoLf0cMtKBN3tlRTyl5vs\n7SFzol3oJRGkD2CE722gA7RAjwg9fuylCCPNJ3kHgXh8a8U1/xqMJrR12tthgimPBlqpVk12UcrTWu3c\nRWKlLzjn0rqDdAwTceXCvMj1kImB+NUAnRiwhP392pQAPBIM972eOKJjGN/W2MFG0R2ENJ4bU3f4JRjR\ng5DQngIBY0GM7qFHRofffN377h+3/LmTWHffNyRqKAIMLewD5fepfXlFq8GAZcp0vTn0HRO8Q56G0Kah\nGsj10AkQiteL3kSQBVYD8j6Ke6l7iDKxgxAK9BObPlUV8RDA7PZBc+CUWFHlYB6bexRsOGAvMCO4KFa5\ntvb2v9MFauiHMnQcmz1kYswyKVPnhXRO/MVgAAmYlyQI8EUJl9D9WsTOaKiywVwP1h+MHaeUsVD0f6M+\n303JkA91wi1pgflcc75roUeSHnNDtxZJBavtgQa+5WInsfgMC1FMxz9kB4YLYUu/SEKq1H68mSaV+LPp\n0zM7yNjgbkg4SnSeExg6lOgIxVrT510hu1CrUZ76RtzbXkrRrPcpU4zB7XSPbPz+ezFUqjmMFZtHt0Qu\nonuhqxC39xQxr9jQJ+fpalJ27AkA2NSllOdpgzgvOyFjSiHdVGaQo+JoOyFcunN0X0NlYUafY+ZOPp/v\nagd0DUsFTpqHIA49h508VgB5x3EN0gLErovUFSX9Dc9B8hXSBmCIwrfYripPUOSgoKs9iXvo/jEcvKNA\nIRRANHUDiLB94BI6Dco8pTFUuC59zY6BEDeAaqG4ho2zAZRKJ7r3DTEEXZ9GsDtJqF9OYoQZyecenQCd\ng1QnmJvRG1o7c852wiM8mu7rozu+CpkY0MnT09rpFze0Uch6CsAR8Mro3YRWmD3PXfZps5eqEkqCk9GV\nnoKKcz15E7vdCSUDBFh3ziU6LIPWapvfE9GXpFUfdFkjDquC6TEJkIb4qg1lRx4CXfP4QAf0D5p215h2\nnkB08ogCAiUtFgs+OqVn39D919EPTlOwY9e10KsPTKNT3e1890PnR+IF5JHKd7R/FQ+bXM7XB1mVebzl\nxORnglRDz3KupspR1Epn+TYiUJ5WGTDiph7YQGmJDmax0rtps5gfWrGCdHR2VilV6FI0PF8wHfs+6Ojg\nqUFO/LgFqo5EYcEqPkQZ0VsAButqp3MZM4JwauPmkaTymEfLHypkEgf2/p93b/vvrvY4Kum4SLf+DvLM\nZjpMechj6EnqAmMmCX3xZjPHAggW9rc633/vBPQM8jQn+GMHRJoDcnJ4bucNcsUp4Dr71Nb/96DxQdVd\n9NzHgA41HnvAfiP8xYJVE+qZ7ZSdrc473Y5HzEqvB10tFaijfl2rwLwMeKKWpxvbqRI7g6fDGj2Jhggn\nt4nLMUhATg9WpXfvtq/2krYcHzg23OjAlqc7oYUANz/gAwyIKxXyJQRfQsvwAIzQOgqr5F/yTEvUBtzC\nUwk5ajHUlA6dbyG9Lt8pLyro9dxM3+ve1EGF0MnjOie/OV/xeYiWo9sbUAPbs4OYqwBxqDdzpNjk1j/x\nl+/pxAb/QROXyeKbNnfkHKpYiL6edS1UEN2eDxBAjscXWHDKzpY/FotFMBEgCxFejvAByhqPtdL7vEl4\nATirGlqHM+whbsUhHlW4XMQcJy2nQ6YNvNbm0dBqeTdIOul5NVvf++gfXTy7bYtTMBpPnhwqSKD1fjEV\nqqbbyeU6oQygj7hqm3giAfGvQrrRI0rD7qj7PzbvdiiNYJoXdJdfKTn4yfVsdIp9hr85Oa7f53uj6nae\n2OVCPRjUdmJP+t39WrCyHxArk0ne7ymqb3M9+8ttbripA7vZtinX2kkU3s3TQui3NKhRlhg6kzqxel3v\n0GMRODz0gLJbJ7vv9NGWIMc73K08OHddyyBxCc8+TEpx4/GoowCm6U/IW+CjnMMzWuBnDI1OEPD3t6DR\nNKr4JoItAhnqaTnboWfEVFMaoK9mIzpNXl1PfEhcoIBE0SciMJ6nk6DMFHKGfpSYQ1PorAKRCrhagcqK\n1Lfpqyl6VYx59TiIVC31VFHz+IHeEACjhHZmhFElkaGHxQgF84w2UvR2BGmJR2S1iEeT1gGCFSECAF0Y\n+lQ5PoUBvZoyHIsCQEs9cdrQeo+AfHVIvAi7ySPDEuzp+NV1wCLO2PXjvsiI20bFRFaAFmk1KtONKmSA\nt0FnAJpHUO/KhDzGJzTTnKoCB2oerfniB4IocX1VBLTk8ZEPuIeFrUJSRIUU0yS6jhVILOCfiigSKCfe\nj34LNOIwBJABXvTqcSXiJKM+/glc82qhzCZcgxrgv6sqaR8wMtBQXEypSPCiqAT7QPkl4OIBrgsdWAB8\nWHzuJZa3gveAtqCvsXd0WYVhBAEGAOVizOAeumANFsenU6oMTRabCKAXK4VVBTO+ehxCcu2P6FgQ35QZ\n4JhVNaphpCFBFhiOn0Uu2DmW4yPYSBgLhYjLx+jWMvSShCSa8NV12ny+2ECwnUBGrgxX0ZYMSBuYO+wA\nDAOrAXStCZN1FZoYapHd4GnGQtAtBnRLLxpoqBTQ88ZXYyEqCiKZ1rFdwNAHVX9r32EUjSA3KtOpN+Cr\nPghfIOhX96lzSPIxbGLQTZ8CeYOeYX6pgBpZB5pmMNCckj0EWI1MkPK4HpuMrgKuG56ghR3TTyiExDAG\nlwedA3g5RgUi8aIBYCZDt59RlULEQ1uP7XxFbCu8oEwKqx0AuQ+rC9lPIw7T812FxXg11RfxVdgypYWn\nKArABn5sUh1wBJEpiseGHkZut0yQ6wjLnf4o7qqCRRYRlinSbkLdEGif4ReFKKALE6sGIgT44oBeHZB9\ncxkHgydga4AY2CMHdJ07jQ54LkXXJyXIfVInmZ18gplQKSkCZvzmir2VgOHRFSULaK2GdcMmBRWgy4gA\nUpypNCuAUHxMi9OH7AJlYxIQ+JQlwPNVccaKwaZEqBmfx7jcMtobAOYQPPhY033TR+SoFV2y5l3aqp1e\nRC2NjqHwCXpS61QDDRk652qGwxd1UeChTBxrgeEuT6/TKg1fkB4MW8qetAK1hadCmLqUPIQ1oEBYBtW0\nAH2JpxgvAzxlSOcVsGCsGCRE55gBn8YuJhTLIWssHidYFVqghGYojlsW9wT2h07HWJcwKj9hnAvYFpYS\nxwnejYK0EtLSiiEWaXGLw7BH+/RcAEiXknIR8g1mZ0wXOBYOuA5UDFlLLsYEtHjH0koFK0DLPObqaq9q\nnU37YJ55Vcg6tyYqIKGVTxYFhLfSBHoXkgTWHLBEyRPjUhxdRpyEQFI+dnpQzPWqBjFqMl6pBgmZEuvS\nkVAEc8eMM0IPrlBSVCwCBoMNMUA6EKFi00KFbgj6AsXJatIqo3+A0QKYS3QTeeLgBTwr86Q6lf7LoNRB\nEA1mKj5b82WhT7uJuAWN9faCrCFb3HIscVsVjBAET59dWWgspLLFODFHiHuQGucKfvs2VXTkJZQ5dLAZ\nOiC5g5yFxLTwoArjh1lJKxtrFfFwGRYU+sHSf0aZg+kkdEphbSm2K0TwGrJZM2pIe0lUKgVa3NCga54e\nk25914UiBRURV1Vq1GSDKklgjcjhdVIUJ3dZsCWjm3I9jGnTHui9mAbCyTWxVcVjwn0HLYC2XAyH0qlk\n/ZBG73MZhkIPQIn7ivGUZTGKUPOJuMSth9tgvzA2KAfoJ8Z5RPEAKVN/JStGNgeBkSkJLqiHXczEMHoA\ngFs2I+cQ/NEpo5OSeHjIUyQg0CTQWZEgoQYRGlRE0NBb7MJMJrf6ocTbKVLLDnHeRbLL4s+FVPG8QO/i\nCSTF4SAdmCXl1irC49jstFRmbJcWsK3pgy/5IcetoJl8vgsKwSUWhwCRswJP/GSE9ox9URx/JOepQj81\nMREZDgE159LehBwAv5c9TUkdCy2BY4kBUoiLpMJYwZovnknhNS2ue/OFyBYvpXyw3kQ5OzCM+tIeIYV1\nLMEU8gNwLlavRG87z3cLwjt05TEaC6xjPhbZRZ8sLSN6Vl1Zq4J4WYFiY1UFHWD3rC8MwoN0DkiX1DAL\n0l4VlmPSZgdRpbytMOSnRI8jFHwKcQxZz/gWgB/03evGfjXBGOicJ5HSqoHI83xyKh1hJHvOsU28CFhH\nrAOoEAJBCQ3wJEV7dK5ob4esIRaYDrQynRUqYHwh4wlzDuwbyA2uCWz37+i1wQCL/r5Ijgs+ETrPMzxm\ngwvhQQogvgBcw+QDBdRV/kokYSIz4jkG+TyBDPKE/rcLp8P6SJOauIYp30pR0isSTFHSA6kJRUMqcbRW\nI4hFnHAHY81vPhcJL1oItE33fK/oAhHzhiPQ3rthwVQ76dQ3Wgxxh6o69LrotnV4Pu7LeU13DswKbCHR\nfcBKAxI9QWtoq7O3rB2PHrWSnEuZ7bs+/vQL53OwBPUyHfWu2ANlkcxKTIpP5S0UPInZVcFm616RpeB3\ncIOHv93EHguAd8DpvcIX+ZaWL0Nx6miPJkuuZw9wuF8VZ5YpS2QCdg09fClSIpa1FyI2ofgTe0XaeJpO\nG7pvg5qzQedL+YIuM+4iIp1gIiAcngNoiQLED0+dxLWbGMJCmZVv7PGTt4UG/veEdJ6it9Wt8QQISk5i\nX2HQ72eUHqW90E9PQdcg/drE/0/pVE1EG3rEM6HeHUV0CChGf4pDpOUbiuyceGBFDhuTc9phw+XFGosk\nMlUoIf5yH6PROD5sMKSZPyCcGxYlymqndcfSHs2papXaDMyT65HDRcMY137DCGAxwVx6bKFtMGeMVm+D\nUgdK5LIRBGM/94iG7SrEGMsglUssp3Til9He99/TLcT553p8q8XAY6pGzs/1MNYI8kSHsD8h11LKEIC4\nUNz8ZhM9g9+L+uEa4iM5TcnRc4O3k4g6ORMlukwFm+SMgZ+AyGMelBSxHMlWcTw4cuKV3yZaQA6WjLHH\nfZQb3ifWuU9/YPz13t1tH+Xk6NHZLlog7/wd6IYHhX4k/mLgt5CxQTHQZtL336lEqpA+xdcCBAUBnwAF\ngQ9g2ZS442RNekmc73wTKyy0qgl6cfFKeg1zPWWRGFwMHuaRv+UIych5aqcsgyfO1y5YCsLd3MO2Nka2\nQkL5SQ2TYbQInlepeMOcTXKaERUS+qeJ04wSV9dG59PQpaNEezXhIAc6BPpFDo7zlOjakxOh2jck1vxu\nQXR0XGvvc9GYgdGOX9wjmA173a9rrZ0SSyumdUmwmRwvm52CgX9gkO53YB80344+u9qLQuFyspkvCh6W\nMwrTJZ5eHtw4HVV8VlEgOgxLTOAYZgBsN8EnnpzHGUbN+OH74oyiUwicRTsgzBMQbVADKhEbAKv3jUxJ\nKMEIbyo5Kd5YFO0m6Eti0WkBY5gbhDviXsGBpF327NVyPS3/SWG3t8xthubBTPsIaWqMZe9q51FvsQYc\niy582DNxTY5wu3eIFBVHnKPkhOUbgXE8hlUe5dIAdLGLtZXzlpZesQ6cnXQGuwQmsZz8G/Foe9vovnYY\nwRvUvH+fL+d6mAPAcVLgyWm6odmcGolHoJPyn//qlDiEfCmF8RMDHzDSlSPcytNZ7X1JcOHwWCPnQMql\nPJHBJsNE4GGYnDVjlQBTisAu0Gg7rCUGgxlSVI6Ee0X7tLT8HVI5USCbWKIDtuJBRlfHRCeJrF6u1fmT\nk5Md7ymk5Ag5xzWfi46mxiGSrAoEpEzmMVWuZ0DCDsQGjuUsExoKYIWWYELXWiLYHpsHzRSqgZ5+hj8b\nyo1cjxxNm245H5YDYacsvXVYhm9p+TR0HAmT2AM7td9vk0XEOyAHt4vGl7NBp01oabPIHOZI5Ho6xOX6\npUi5NhFPFdIVCIN0y3hGp0PY0ZHgCCPWQasW64/o248ZG5dzHGskSM9twvzQX7v2VbfKkSpzJvyQRjsQ\nIwM5jJxrrJOjb6flD+TBHgaH/QGfez0t8m1LQZUZNxRzk0qMtAVPlmDRVmWOJq7i3xIxM7YyN1U/N9qY\nHlp5eboxf2D1lzMry9frB2bweTb5sj52amXxwcrc0Mrcz9nwg2xirjF9vXFypDm9kF2ezCZmVhZv1y8d\nz8av188/Wz3/BM1WFhZWFu5mpw80R3/Ons+uvDiwMvdT/ertxqWj2fPbKy8vNQ+caTxerD+6Xr90pPHy\nVOOXi/UjQ/i9OXMY3fK9y4c4pF+uNc7cq489X71zbvX6Uz44NFwfR8uZ1fPTqzcuNCbnsuHHK3NHmy9f\n1k9eajy5sfJyGY80X2JUz7JL9xoLyytzi2jZfHq4fu5i8+7I6o1T2eSV7Nbx+uN72cgxvn3xUv3Ms+b5\niWxkOJuer5+41zx+Mps7mF1aqD8bwzo07i9gXtnEqWzu0Mri0Mr8WHb7ZTZxtHHmav3JYja51Dgyym9n\nz2Z3DtavXKofOVrHs+cerp5frF8awi/1c/PZi4ns2PmVhQf1iZMrS5Mc9sKJ+uST7NZPzeWLWDQsSGPx\nauPq7dUDp+tzc/WxiWx+OTs1ng0/W1k8h/6b1+9l00ey4XuNB7IdL37KTl1oLk82rx9rHJzPRhcbR8bq\nlw81zjzNpk6uzJ1rnD3WnF5qTl/Pho83n8zXz15sHnyUjV/Lhm9z2OP30C12Njs7gp3Kjv+UTd9onHiI\nRVuZG68/fY65rLw8mz1/1FicaODZe0PNmTuNxZHGraXs2ELj4mL28mz90gPs3eqloeadAyuLz+vXXtTP\nzNSPHQDZrF4cXj29VD9xG79n08+yxQUMpg4CmDi6emG4ObNYf3w2Wzq68vJ44+U0XlF/emJ16Ej96H2s\nRv3a8+zl6ezI8WxspDG7WD/xI+aYTV5bmQNd3apfOI1VzU6eWL36eGUeMz3ePPRydQjLOIpmoLTG3VMg\nElAmPsdLs1uj2ckxEE926y5GgvFj6RrXzjTuP1uZO432WNLVQ/dWr883Jqfx9tXRY83lC/ULM9mLoezu\n0fqh4WzkKVa1efgUaJJ0dfpA48ixbG46G7+PT7Jj50hdCyfZ/9Qd/H9l/lp26WF2eaj+dKJ5d6w+fhYN\nQPmNe0exUPXZg/WhE6Ai8Es2dDEbv4pxgkrxFQaAWaNxc3omu3oCRAjKwUJxT1/O1o9ONg9cyG4+rF84\nsbK4yN05cDtbeF4/+7B+fLqxdILcOvuy+fLOyuLRxuLxlZcjmAVX7OkB0CpYElwGbuVcZi7XLyw1bi2Q\nkBYms+NnsRFgW1AU1rx+5STHP7lUPz8MUsTIs+HnmBc6AZVmY+fBNdjHbO4cKC2bGWlcOwC2It2euJuN\nPeOzxxayqwsgD6wtRoX2IKrV0eOcI6h34Vh27lL9wQ1QL6gRXWGRyQULk82hQ82Zs6B2kuLV+eb0FAZM\ngjyznC1cqo9huxcaJ2ayG4dW71ysz81kJ49xGe/NghLw1OoQRM1QNv0T927iFDf99IH6tdFsdERed6J5\n92Y28hgjxMKKTDuK/rOJ8eaTm1jS+tg5SBgwAmTOyuJNcFzj7gwWJLsNbl3AOnOmZ4ayM9PZKIbxsHFn\nERImWzgDmYNlQXtQI4bUeHGuuQTBchXcB7nXnLlBKsXWXwL/PqZwuHI4WxoD79d/nKqfWWosHm4sjmKO\njalzjckn4BqQRDY+Wb98G3RVv3hw9dxpCs+xh41DU6vn76GT1TPToF6s8+rlK9ncXPPobHNmqnFxKVu4\nk80dq1+aJD3cflyfOdNcOtTgGEaadw9zZciJ0yT48/fqh0GfBxqPlrKX9+vnIcYpnVZ/uUBpcw+Ca371\n8g3s4+roqezWYch8iJfViydBipB4q6efgd3IKZjU2MjKwi+NI/fJGosTzZO3688hYa5xhNPPsLONu8dB\nciKHn2NSZLrx69Qmp8ab0w8hSah9Fo82n9xbHZ1onHlOUnw5m50+nr04SxUwfhstMWbuxfIvq0NXsx/v\nYVW59Q9/giTHRBpnHjdnSKX1a9exI82Z29mJkWziUTbxM7iguXwGYr/5ZGpl/mF28njj7kMRJiOgKDLg\nzBPyFMTywpls6r7Iz9PUL/eOZgsToJPm2IP6pUPZ6evsjZv4LJs+tLJ8uT5+qzkEmXNmZXE8u3W/8fP5\nbOImRGt96EBj/Bn/fWQ+G/ulOX0Lr8uWh1evL0LmQyNkDyf40rFT2RCplN/+/CP0b3ZsuH70werBm5AP\neC8lIeTnyDDF0UlMbZ6cDv69O4KZrl68Acak3lwexVAbZ2ahU0iokJyjC7LOx/FVfeompDomWL9wtX52\neGXhKOiH+vfaKOZI+T9+vbl0GpyIN4L8sOON60PQFxRlCyNkmcWFxhTo+TS0GxXQyUOQtyQqKJexH7OZ\neby3eQT8PkONPHKM/AtZcelq46fDfPaXo42pI42FuxDm2RWIponVn49l01fI42PPMH0MFVAB42lMLQm/\nH81OXM3GJuvnr1FNQAMCEgwdJa4Ad4+N1o+NZsfPkwvOT61OjmSTN0QnCnNBrU9eq0/dagzfBZXWn89m\nlx5jjiQ56NPnV4TOr4LIMR7okeYy5vUCCoLMTnl4GpwreoS6hmpl5jBUW/PukWzpPDnl+Amqs4WpbPoY\niKd++Cq/mj7SvDmMBuDQ1YPT1BEQgwt3Vm9eJQq6+LJx+Fnz5QOilPHb7G36IZEMZPt1vPcYGJ+79vAU\nxchpSLBLzdvL4ERs4urwj9nCeTwOfbeyeKH+YAkSAOqeUgu7PH2MApbI5Bw0HTTp6o2RbOYFURbme2wR\nFAK5wf8vTmTDc1zVyWvZ/ONsAlxwGFyZ3bgCPq1fPgl0RLK8cWVl/ije1TxATVo/O4YdJ23PPwEwg7Ij\nxYIgwbYzR4A3oLZWlqfrZ+aziYMrcyfqR05nxx+CQyGNKeVuPGzePUhwMnWBYOzRUuP2leaJ57JQ9zHZ\nxuLdxuLUystrwCGU/9CJ964DKUGUEW9ABt66ujo53Lx4on4a6uzS6s0TwBjkx6fPoeVJny9PA9U0rk4R\nsl6+jpWvP1psnDvfXD5JhLNwF7OAuofEw7I0x4Bgx0CZxJ+TV4EQyFZnJ1aBoEjbh/EKoseHhyi0H48S\nMQLBjt9rPrkKBZGNgE/R1TLAJ6i3fu4l4c3E+eb0PSwOeRYIeeL46p0xoqwXCxS/Q3ebxw5lYHkg5KMX\nV16cWj3/COsJIqSWuXS8eXeIgn3iIB4Bs0BIkgexv8uXmzPAUUsr83fA4NyIp0ehGRt3idzA4FwcKLLp\nn5oHrzduU+/Uz00BiQFdUAdhhcevgHewm8Cuq6OjnNfJ21BeRCPYu8lpstvYLDRv/dRhootLR6h/b402\nb74kqoEgvbSApYPWy6bOg7yx0ZCfFPIjYNhTRE2Xb5AjgB4pD69AsLC3h09AYKBe4aZxYJjmwxv4f/3i\nNLiJUmUOZDO+8uIapcHYL/WpY/XJR/Wjt0WPTBI2Dx8nB038TI15/hkV8ePR5r3x5tIS+Aucwh2cvkEY\nOXQAvQF4410wGWiVPHkC6d149gi4lMgfGmr0Z7APmB3vgpYB1AG5rl6+z/1aoIalHAbdvoACugn9no1d\nW714i4s/NtccP4iFAm7BjtQfXK+fnYPKzh6eoiYd+xE4DZqxfkRGBX48eYIIcPievPcpZMvKy8dQOo2p\nM1ANRBrLl1d/ugShhxfVbw6BxrAX2DvoAkyz/uhHbjRk9dxc48xPzdHHHM/JEWJCID3oSkCaW4DEz/DS\n5pXj2fxc484EMT9Q1ssbVGSjI8C6lCeArLBxxh7Why7XD4EIT1CPHJ8AF0ATYWrEz7dfgjtowhw7AlFJ\nUoQEm4e5dIkE9uIX0Ay2m8bLEUiPwyBFbHf98jJoFSANIguMRnPpwmnMjpBvHJwySRENm+L4KBacanrh\nDvfryH3y1NknAKIY3urQNUpO0tj51av3IU+aT+bYDyaIrZycWz1/idIY2uHlLDUdrCrIc+CZ6XmuMJZr\nXKyky9chD2kqAj1Oc2tA8AJynmWzw2AcSM7m8hUwKRRQdhx24hIepGnw/G52+zZEBK0YaD0YsJdvW5MW\nNAzaI81AmULpQNqPX+Hig6nvjEGjYYPAX6tnLmKjOYWTY8B7EOnZ0AsQGCc7eapx+Sb0MkQTrbCFn6Ge\nVi9QnVGiHlmuHx2GmF09uywct0AUAYsJWhi2yeITcBmEc31+KXt+J5t4DO5eWXwJEoKmAIvBqoL2h6yj\nUQbaOHM1OwXz6ia4CfCVNjjo5wWoYr555BFIDvPCvtNUBDdBYsDAPwz6OU5RP3yX2wdNCsG4fJJkA6G0\nfL75+CYx2zMA8tHs0lVC5acX67NXYdlRAZ24R+gLow/jvzxFfXrkLq0zkOXQNUgbgha0mV8WW3KhPjHR\nXH6YTVyAlUSWX7xKfj8ivHDxfnNmiRDrGCU2cSMsOLz0xCJ10JHjsMppHcw/ARXVLx/E2EADK3MvQb1U\n3xeh3Ubql37mHCFvaaTAzr0JCUMsdGQsu3y+ufALdgHzzRZGMGzgdhKe8Avt8UtXm7Py+SHYApcIdw9O\nN6ZnAS1op88ehBLMJs5BllIbwlCdnMPKg7WJisdGVn+8CrsGfzauTxNXQ1YvHaVldHkIVkP9CiyFi80Z\nIKJpoqDpy80nlyFRCVpunsDc6yfEWoeFNfNjNn0NPAKxQ7h1/2zzl3ONc0v4CoYJJQNGAsH7y0Vq0sPL\njV9u12cmRKRMZbcsR4/gE2qfW/frT26DrYgkJx42DtwERQGjYsr0n8z9DH2UTV+gOwImA5D/5BzV9NiF\nxtnbhL54aglm3RiNo6VlAunJKVAg7dCx5Wz2aP3aBMURjESsNshm9Enj5wOkqAOnBYg+EHfKaTBF/fpN\nUuz4YwiTbOJOdusc+Xf4EPA8TQAChgvAbNnkpGjn682fgdJPrP50snH3ANaKy3X3MFRn/dlY88l8NjwL\nLsuWLwA40UkFI3TuDvf95HFMtnHxBX0jL4ZgSVGNUrOfF01BSoPEgE1By1EsOPyO3mCtiIl6FTqagJ9o\nkz4oohQggctXoaqw1+ACyrFh+iiwOFRGLy407g5hGQH8sCYQoasHxutjj0hFEzfp21m4lT2cJepYvgzz\nXCwIMPJBvJqyhZiKLrJsdpYkB3V5+Cq4tT49Toq6fqV+8lL28Gg2C2V6ggba2PPmkxu0lW4+XL0K2EZ3\nED4hnLv8E+XG/COYRZgdRRww1eQ4LeiLp/DJKvj92DCkuvjQntESfDpJCAdD4OikCJxjGAxl2oWZxqUX\njcvYC0CUJ9k9KIhJIkmsz/Ff6Dp4caF+6BrIMrs5SmE4PNs8MkMn2PAwXTQP7mDHVy8CJz/DXIhegEAm\nZmCT4nXQkvQ8wHKBdUkbZIkegxsv0M/Ki/MAvfXzE/SDwVrEpmDjsNFT6HAGlLM6dJAC9sRV7DVAF8Ug\nOjk3CloCtG4sLkPKNe4RBTUWx7BiNDqO3IcdRx/LyUuNowCBk9jxlbnbFHoP55rLl7KRi5zypSOwZBu/\nYJ2PwH5pzl4HmWGhOPLbLxuLl/FhdvwADdvlQ83lSUwKhgD0EZ1OLy5k48tsicE/uNl8OpHNw0I5Q2cm\ncAKY6+Qp0Q4PKaiBu6aXgBUhc/iWp4eBYMk1156s/jTRuDxE6XTrLp2BF2bqM2dJIRcXKKuPnSOXTR8j\n42Czrp6A8KT5A/ELpX/kNORt48wN+jfuHBQP1T1af8uXG4BYk9caT65RPgBbAnsfvEdcNLlEb+ThSVE9\n4JGbUFsCmWjjU4NPH6mf+LEO4Dd7ZHX0mEi5SZhvNGzvL6zeOQfwTIvj3OHV+7NE13NH0YbrMALrnvwC\nM3xl/sjqhcfZ8BHsPv1RLw6uLExnIwAGRxsn7lPHLd3CvhNDPjwFpQw6oT1+b5Zae/g5um2cWQRoIXp5\nTKMV6p5YFED60EvQNh131x9QR8OyuHS0Pjdcv/1T/eSVxoNT9BJfO7C6SFQGyiHZz15tHp3AdhOdzi02\npq+vXnhWn37avLeYjYw3lhebM6cghME42YGfiIhevFiZP0Gjb3qGW/b8duPoUH346Mo8AOdc48QMmfoq\nxNEi13z5KdHIFTp7geK4krCUjy1jOm7KMA4dDviM6/Ni35MQydgPfdePEl9XqlE1ir9NtZsyUIUnnl4k\nAbOhBGwa1juIlQTOhmFUKcRa4mfDqo6ZhKUYvyohpcb1U095cs4eqTREn9KP8eQTiZqPq7HGe40uvVoI\nJY7UDESM5ZDAUsN0klCVVYG5yyU5SGNIrpHQQg6b0Sjfpn7VBj4aia01KiiloXKjONaRTe5kSK8fqzj2\nC4w+RG9lGbnmATgPMjhOVSn4axGJjDtlqLlhoN+rqVArxu242gbhSuyohOYWFENwY4mFxXhSxulJbE9U\nYcBmMMBoQH6O+coqGQnANRKkG0pVACWRvIbnUIxm5im7p5nPHRV5xiaRnkbiYSJmTvhKgjM5R6yYG1Wq\nNnNbG4n24a7FeIEv4Zk8v7WRkLHEfxqP8TeYY+z6qhp5GASztZPI8zlQ/F4IJKiYUQKYa8D6HX7kxr7x\nsZvMQ8JOpewBv+siKQSrEmNlJb1KawZGRRJALRHKnpIeVFTk6mEF0FS38eCcK6OMnJUbiVWLGLNk+2c0\nKFYqkrhBI1HXBpP1GWXLnBEJozax2v/qMd5Z8DnTlDFuUaC9KNEh9heTfbVgJDqP0bJ+qBjXhPFyZZTL\nsKbIfXXd8/dL3Cdj//CUZHsp7v5+UrgfRNhFjpkkH7+6v8/HO149rur9pCpPDbya8nSkB3h2WVXMAq5o\nhpAzlJVpQEyXKL667vqBqwp4SCKCJXzVQ594OupTVcxCgmFNQShEIqeNhNHGEi0cFmW1sdfccYb6GknX\n5Uwx94IfFFREjgDhkCsNY5iUxDd60esnrxd/nfh1VLLkF14/xM8cs95/PS6fPPr1gOTKP8bvy78O4fOD\n0ubpr0fwc0jy6n+ST2bx23PJqV+0mfavf5RnlyULf4q9SY8vfh3Fpy+YrY+/F/lvZvHj2SXJ6n+M1mvf\nvz7Dsb2+yvfyO/QnGfySYf/i9YL091j6f8TeZWwvXl9/fe/1Sfz3IZ69a2chzz6Sb/Ekxn1DxvxEPuNb\nX8h8Zdb49kf5BG/5dVhmzb5ZY4Atn+Cfl+j5R/vGtbEx1//H30eIZw+s9cA2Q+hx9t8VA+bwxEtZ0yvy\nD9d6RN7+UNrYOgasLLAklQOW0DPHaesXLP16AL09+e3W2d9uj/52a/6322Py+9Bvt+bkk7O/3VqST47+\nduvMb7ce/nbrZ/n3Pfl2Qhrg/8u/3ZqSp0b5ID9Bm1vy1Lz8e0QenJc2M/yF/15iGza+jd/7FHlaWl7i\n//nU8G+3Hvx26478fv63W2Py1ZL8PiGdTMsb7/126+lanxzV7d//jXddkJFc+r2fIXmd9MPfn0rLe/LJ\nvd/7RPsjMovp31dgWlpiDI/kkznpbVqeuiOfnJanRuTDB9JgSj55IN3+xAf51T1pc17Wdkh6G3oz//bw\n2yNvbvPfb0ffPHxz982NN9NvZt/Mv5nBP3d//xw/T6Wuw8Lb8TezUslhhPUZ0J41GEbQfvbNM7Q7/PbQ\n21H8fRefjr0dfntQ6jzMSyWHu/I5W7Biw8/o+SCrO6DfqTf30RPe+/YAPnuO3u7h7bPS8jZHhd+G0eIu\nWs5wtFJbYlwqScy/eYZvx98ewO9Tb36Rt3Jso+j3Jt/45sHaTEbx+2PWosB4Rt7MyJgey7tmMTvOlFUl\nHrKWBFrelNoUw+jRjvhnmQlGgKdYo+IpnnqCnyl8MibVKlgN466Mlk/wPbOc1+/PYoQ30fcY5nkXT99c\n+3yEb5OxcCZj+Ocgx4uWI2+mudry28/S5zDeePfNdZnduLRh66fcG1mf2bcHWR2Dq8Q1ln2ZkXHclPZY\nZ+zdz1xdPDGCzx6gj2EZw8/ckzcP8Nt9rNIIWo7jrcNoz1ksvHmET0Ywh8fccRnPYanSwRW2ozuI9bkn\n877LFUZPN4VGWLXjOvdExjG8tneHWNED35LmfsY3HNW9f6/6Y1mZQ/KueaGKGYwP45K3ch3mpbdR6X+U\nMwfdzL55zjFIbJjkBjFGkrGnaZCUGeQaFG0EtsA6BjylVYlGlDAlj5U1pLqDRKoVlSn7UdhlY+wl5CSu\nAe5ITq9E0zNdn7rbZgKYOA1DyX6O+DirETCSV2KTmV3DPM5BHUjRReAzN9BpKKUXQs2s9n6iGxXWvBrU\nqk3LNxLQN6DcGvpktHmvnRHL0aBTz5fciFhLdnIs88UbCiw/UfalaITNAzBr4cp8C8Nddcx4V0bIsPhA\nmZHRgY27zytPch6lsof2BrVEOwu2dJlU7aUuy9zwL4AZhnwync1VoU2e8Ewq0xXQzNwit8y0hTSWOhbM\nMmHBkQLARU2ilKV0p2K+pxRui5mYgO8qimnu2oYlGlkCAoKQWAGDKDHODyBHJzWbjyFrzVQyicn3EkCf\nEtMUGGlrGJbJeLhAcncJ1kJCd4Yo1wjiMVymjDPMSYK+mFJXldSEgLFMNpdkYx86wyN4u2wn666hb/ul\n3sfgWbOWW1FgvKard3GmprzD0llSjhlytUfCpR1gRFv2gaHxiRqQ6DsaCJi7pBuVdC9IgZXuiGfjmqdd\nRjYxWZXJI77h/rHuB5aYxRP8hHU2GbxYkoS6gPTBlAEtLY0NdJL6GKxRIfmuLN4IeG2zHIxNyjA2PptF\nu7hmJDDsAGOAfckOIWl4fonIvOq7XJ5ttuZKhcYGV14x6DewO23TZKxFpAIQLinSZk+027B4I3GdAI1a\n4sYYKcv5pSZxCtpmdpi/WWpNmWwQ1DSTzjzmSDBgjQH+wmMDfgRIiYXE5xylJB0IzXe1p0HPuhYGvbKo\nQCB1SSSezw8ZwcfQTabylbSyU2EBNIB6icDXXlXSDMLUvn+nnburJK3775bVGEmbMikHbOSCysEj2tvG\n8iFMyaB9A9IocascG+dmg3oZx0dq2JYy6ywp6UTmLqkthkPBX3vsFrtK+NcmyDDPQJJdiOpdzfwBbrCs\ntSHVwTLp3iRv+sQKAafbCfWgs8Pug01t8npJISr4wsoeyhBfSjiQScDX5IcdzG4rST2iAgsyMmTTFLTk\nkkgsuPZ26jQxTOkJSfMSvx/bOjssJpMM6rXk/qBm7PxAUpx0r2VfyJcqyXNf2S/4CRN+32lr22GFh9TA\nYUL1APchSiUKdC3vZS05ZoMVWtWUNqAWOd2dsyH3DgPOpTCHUMinYktyT0AFzCICm9VsYotp28Sagi2S\niBBXdlhhxeK0oc0KIoFVmVpTYoEUhklawSkx/Nr7mNQfQgozC8hjaG1c6fFhuaSeHixrS1LMBPF67Y65\nKmGg/jarA2xOkS3wBG4IfT4v0kbXmOeCld/B7MBSVGbJEVX72HI4M4ZAtButCBKSAilq1qUukRkHSLuG\ngYmSewXCpwAKavmWFiYL4LUOiMwD7YADtkMyYHN3UOpCSWKJHZab9NFKfxpLLeqcIxnYNo3D0L71pSgz\nsxU+syK9nErCox86bAVJoPzY7MAKMp2ZGYYqKMQ2PNuXPKtAWpe2sg5vd85mTzhrSUqM9MeagZkrfsos\nkH7MdluFZUjVLk9y4/9l5/651dpMS3GSSCI7u3NUpoHex6hpUkEimQcFRs4OaKn4peM2m35n0+kMazLg\ncZb3xdx3gxmK0T4qNwYmQ1fRaBZhBZW1z6+klbIVcpArvhfUIJ8rUoUUVAIFj3Gy7LfEexupbYWpYATa\n5lanrPYaKpPUQJ54q9NrcUjMDMVUU5ZEldpXFlZgzUQ3UiZTwKFnvE8JeeftEmyzqGSXR43sGF0iF38V\nQZQnjk3nMHuU61vRzNyAtOoMSvkihrtuHdQOy35vEy25lqVhvrHZeiy5hEkrVwQEKyhj36Xohva2OhLK\nm1gwVKDWNUkBO1H0E8ZFY4C9VsCzMinWDBIYHZpKJPKFdfLwH984LGjOucdGi6cEW8H61N05UXUgaFYW\nGmDMP1MRuA9SubSiuaL78P6KzQeOtU0M2qrFreZhkRzWBWJ4tgIPi0oeVDUuubMtZR6rzTIzOyz4slll\nRorAQY+zaJqR1BAMQipgrGupsqY1NHosqZEu641XE8FuDCSOJVnNBm3bNE4WAmOKnLN+PRkPAoRzhzIN\nJIcVwhwyxKp5C7C0AlmCKZlWLeKCyWqmNS9JPpJx7K7lIUGTiGvH+sI8G9Tv2BycWIquMU6ftYr0Lgny\nhzAWbb+WZLnDQj9ffGZBCFlO6JDKNn5jUyKY0kE6Y0B0rodCPCAslM6oCPBdGyBn/1oamfb+mrI8MvVR\nVSrEQQtXzN4yVJxxKtF+ohtuoy9lWZjWqC0zQ8BT3G0VitpYZvkt7X0Z1CoAGt9YIWkTWY0Up8LEAKlC\n313LorTpjIzPB1IUH24iwkN2xObHSpGxoFayibBSIgv0Z4vUUPGxG6sULeXnWZWi7FdZsMdnaq2ILsnO\nIUxhQSIvTWSrmB3KbEQLGRP5viS8FjAZgTmE2y2eB/rle39wpDDPHgsnoSIprViyHiS2G4QBQW/TE41k\n0mlvF3mHGqdIbc9UXAAe3lcAadOrZS5tdpV2WyjNPLKoyCImLB8kpYuorkPmXLJc1oaO1naWku6T6toU\nF9aM6E10taxDJhDo0IkKYlRIeaZ1LZ9L5pnDFcNQc44UvbEpywZ6ZTeIvKXlc7CRY3OzjMTyYx+s1Cv6\nAslYJANDo8NUyhsy6wIWiqwSCya5PowRgHRj+iwtfaxZLMDZziI5acWWJupJBn1BZhETM2qs7s7ycwq4\nPNaOTaNgDRnaY+WYTkQyLdlRcrIEXEKUsmrxuhZnhzXuQOvgSZb0Nxgg3+4oI2/3wT6SWthFtujpYuV7\nAAlBDutabL6esWPRdkG2EsyiF9ci4002/UDKi7U4xu5YwdbMsgmnzqCWtLyODluvDfQOIgQMpQSTyh8Q\nnj5VuFPwea1CjddbOCxq6nADWRwdf70bK6iETl7XwMrbrLwWljZY4t2JfwFVMXmP9OkzNYSlgPiGbVaU\n/A2wDPbnAIiRX6YUMsZlCUIViGp1uv9uhYdUCYOIdUSd2mQVr0tJYi8TkbCYzjbI39gXHVfWO383VxMo\nEo/pLgOcEdOWOwuKgsWwMDdHBglIoxgiA2tKHe4o2pS0PoFH2dlfmZIIyCGZJpLwRjVh0zRsGoizW3Jd\nHKIZsm+tSnKT0ocubcWKL3URQ8cvWqMpsQlhHgkIr223UqBgs23axG7ZyoqcYvczLTsv+VO5HowMb01g\ngwRarD3SvOT84Dsscuonu+WyAY95T+QL6gFlpD5ergez5DrbNFkASN4Y0MNrMZyC3DKCTVWOSK0KDdS4\n1i6ZU/mihQAe9gTqjMVpoNlci9ml5IHYMrS+/ES0fZiKSPqr1FB3RFSahNAPfxal+CRlAbiSZb1Ye9MK\nFGewHHG4JNKURTSkMIUByMd4ZelYMlPy3W1Ct+mVmgUOy/hzN6MKt5NICURF/YcX2aTFrkKNm+l8YSHq\nHuvssCmvLKdJ9mDiEnR5L9gD/UlNt6C2h5oJEjJyeIJFyyallUyj1NgqCcwZpnYykpVseIUKlon1hGhl\nKclrosUOoWOTCDe02UQsMSNyPbR6Er/aa01nW+nA7E3jfgxCCqfqOC8lNDcILmhpKVgalNJ1vIaDeZpr\nlR+6v2JdjNiTbPKgVuU9KL6Yxf7vKUQtkuq09Y9pIAwkh2ZGLlIQCQZTwJXy8AIdtJuu+UOMFFPFxHZa\nJ5dd1patjlQClLpvPMZKIRwqYlBhq+iewvj2SXU7SW9d12KrHOT/sq8SOANyr43YaqwAxzoC3CTeqYA2\nGvi4ra2nNQ+OjTfYjD3Dy1XwAOtA4X9iVu/Xf2MaKAhF0kRB47HbnWvfY31IHrPL6UkSzJdYILhHSmk4\nvLXG8cO/snJbWd5MgGlttS7JRu9RjsBg3tsQrpcrReKNzi7r4SnCtiMqI8NE8ScpzaHaNj+2NQ5kKiAb\nWi6fS5mVwOb6mT1rjqWNQFWe49i8wTX3D0vUSiZ9ESzdYktgmI/lJh1nm7Vz+GxFiZ6zlTEAEGsscSc6\nQEQz2xtKLyBe37B2HCxz1smPmIQGHJzEO2y1ks9TA2Ri/m7NKxhUFcGm4r2jtsZ6fip5ohuldmZQa6ed\n+40Cy8idAlKLYMO2VMoskkVBbta7tfHTUDgOkJg79ol2eEmPTQU32+Qwttbyhz+w4thOGJUaQsjaapIM\nl+thajdYRnDPfr0Ndl9ZVTbY0hHfWQaqptJ1q6ixDTbrsWXntr3b/un8J3EicIXYRTQqEoxeEtfphWN1\nxZrzjdT7Wy9iBrJMUjmNX9xA2PBpIsN9l5fQdDq5HqlDyxtuQC9fWh+ntkCXV+KI7GHuZlgS9ONEoZT7\nFVhRrLmUfOQq65dKoPMHQ1rVrPkZDpA8hVHDEjcM3/EKEJBwzoFF3J3zmLIdVe0bEsyBFGAzZA2Mf46C\n1SnBzSpwaby3doqksMmCChiCcn5A1L/4DqFet1nvK2vz6jRW1ockR9pglSAgJhpcm5ioGSPOv2JNBJFU\nXyn6ZG0M2k12WqxIkxXL0yJ76tiCK5KPiV4+k5IHznZq2KhIbSjuxZAXx1ANglL66aTsTyQ5eb1NjMw5\ntpRN96CVptTyX/mlzhaZH8thcIbbsFEbHTdOpX4N6xrkeujHRL9ScNOwmB2NbBoG6e+GprFZwQ7YkC4K\nwYrdTss6KXqZRFJk4Ctrse+xfuHdFmvsoaOApXmkdMXf/JiktVaQYYd1a+2xaNTmwndWCRVY60LR5fmZ\nWKuOrWNitoUATGHN6nfnK+va2WWtcmt+GNdSOTYdlGKhGB0oYvW02UI0X1g8KLmgAJm/V4dQLCdkS3IY\n3rJEcCLFgoxIvkKN+lbqdsf96BP0CYKsAXzSFcjv0Lmy8owXRmHjWlp6oSid9VIFeb2tumH6dY0Fw0X3\nBwFT1NFSKta2dtI7qQcdW63HkVrZEKaxwwRmKaXQuTbaTvG9Qh9JnrexCbAOvRE6KPZar8puLUnbA6KE\ntdRDMmV6YKGWEvqXgGRdqZlAde6wShS1p9mZ9lMq2jJBG8Ug9pNBK/J4CxE2QDmSYpzbmisnSZVvBifa\nqhMtUnYoqNlaNLFrDQcyOnsXXBf22uME+jvxooDlnJNa0doWFPIANdraVSalo0n3ihXplC1dfyUlTkKp\nH2CSbQHdKUqUjXg9aF4J9s315AWGel4kOKtoF4T1V9GG/hCVlHdajbfDuo5tzRvTapUNhrAG03gjHFGC\nFV30yX1qDc2iX0w0L8FxeBlbXkp35uVagtAr2nLysNVYSgg8FUi+dgny2+12PsfL82JkQ/pZZFy1BUCU\nI3WtWX8NS8AK9hQC4v9yCmK2xLzZzKH1TDXvsFaCw+AWwfqxVCVZK3LECgqJaKdE6gEHUeoVY7pa0Nnn\n4qzYxMMu+ntgQULpbbfuYaL+SB5giNGA5VupEA/wLDXsPF6zApFhazo4UmhEe59Zv/cnUhDKkRufarw4\nCH/VxNsEaSoFMyRqiBCDlehzPUZGUOJVP6DB7ZKV3cqqddjs2NZe+hjKmGdn2AAHmiZl7TXP1iMwLA7s\ngFisS49lNrnF1I1YCSV2jqVIKQCAR6G5vMhNZSHLrK0vxfRZmaaYWg+UY4te9OxmuTdTo7YXONWHzfS+\ntsceHK64FCIe8tgzRUecAa5OBVw4n1t72ubzt2gaE2FS0OJbgyzYwfpo/j4SEbV9xXf/2CH/I+HF9Et5\ngKaOLTTmiLYFYgGxyAoCmzrdUl+Y50Cs2mH2WFDKewyIIxN5bzEV5/SA3LlUsrWYoAPExmdsFCxZqeKt\n1+q8GPKYppdONIq40VzyB6tw2NJnbbwlhv4CFZJZbGY9ltIhGmvNQ2tuaBWnUWunFA62jEetbaUNT1Op\njmKfdflsySPD8qv4sZ5Z8LpDYbdD0Lax1aec7akYmms1jPZaqwDsK/Rd1axaUYo8VqXbq0qkz23CVFup\ntiBYvpIKLaB0hmDJDZQQSLb0wbufsSBQEA5qhyyxw57H/TWFVDcVa6/QtUJdJScTDiS+4Vgg4mjASdXw\n9RuF+GBNRWwdtIiGZDla1iehtUGrcA0mQFUQhtryVrZqmNnOGg+x1P/hATj5HqLZ0iAvz3RYfj6G3o53\nWzdTH0+vYX2KLs/nrXlMaBKy3I3Dq1NsaSLWwwHfh/KfxMYk5hw5vokd1gimBMXrwkhuKBOqgwypVUCB\nYhDwdgsdd9iyEIQHQL8Wj+fa/9PpeuefO8RIc7ojcY44tF3BR3K1m+dY9EuzxfxbvRjHGhcQhnhgUA4H\nXWOrn/HaSpZO4Y2QFICYP5duzUcq0s1xbKm4H8Rrt8EWEiyz2Foh2jdoVZ2dmMdabfvBY44XwTSJrXM8\n74iCHhzM57CfBTGIS1LxPdrKdcNa5x1xnFl3kfn+++9+6Bz0BQJERVML7fLwnNRITVJNDyeJnVVX9sYq\nFUHqGFvAzhoqXWCnXkClbdYLbs3cvLUGkx3WGhSCzDl/9wOAj4pJYcUWeOdYit0q+FJbNy9XAmywxRAd\nW3fQSJ2YqBiyJpoKdtiTbNayC5TcVYAFkdsAglqbdfG02SKLXe2B39PSknfEvQjGIxVD/NLRv2vNJy51\nvpwBX4mtVmW1ygCkR89enAaCnmNxxrmWGwkKWK8vDSgIy2T6qN9WT9zYbYlow1rhNPGzAgFLkXfWasby\nfS6VS5z/4j2rXm2tGhSL97Mz8aV72+WKVyPV+7vaCeqIbWw9RwJ4SOGyXyHV0IwoYBvFjsuzzj9Lg8Pe\n5LWOnFYSmby959ET50OVxdKSmqWvrb4QdO0ze9KrHGGFT3RcEB6N/X5Qsq2HmF8r9yjF/9aOvqu8BBLs\nJJ602LHy06GPEyYd0AXveKRTFEwSW0wkZ+OOw1OPCu8u9WORtNBxfvJfFvkDC0ehH9l6jc5aecA1PWFL\nEtI1Sm9orpUXqW0QZ0DAw21KFFtVbW3QG/fYqAEsI+8YdOgT7845Vp/5oTgDuuwxhq1s87eerv/dDpFI\nFxBPpC1YNyzIGgPeihKWO1aUeafbWY+/6Q6Va2vjBCtha8Fs3RarApAcpTDm7lp3EauLcbZyCthmKwZu\nBClRb7D6Mr6jygSr7Qi4ciFLqdEZVxJ9a523UhWfYmbtLNJqPEydtbh3WAvTFq8yPdZslZWg1w/YsxDY\nknqORFZgKmIV5Ktma875i2NvjklATjzqYsl2bKqtt2ikyD5GxjtE6MbwSDeEFYIS0Hl3jorInkkxzmO7\nKsCeCe352JqYEXcDz2ATOYLbZgS+2kp0htznx2Rd+glpdoN+PmHF4SjcvOa5dF2iC1sk1GE5fh6dWpjW\nKrfobahSmqF765MFm/01DWpYxj85OSJcHnDS7Qq0RqcT6FEsYbr6HLntdP2f1kMdWkTs2BpqVDYcjq2z\nZ3i5MneFZ95qrRCo02VJimBLDiHZcgNLtoERSC4wMcC0vBI678i5mlxgIiU68Xut3fJvoSTIB4qBG/6p\nvfNCLhsB9LPwYHN1n7Oluq9PbjPJy61IjrIVVPMwVIhYLD23dYtPrpP0SdUkBWPztk9HVKTTbWu3bqSt\nw5vpbGFAW2CKTjIGIPE6TEcZW7PUkwKCsa3N3+JQCUdSZZWIumjphfoxpMfXoduDS051Zc8PBy2sGCyL\nF5ZnXeDiQtzD+z6tL8exJ8TdoqSAIFLa9to34j9TskXONq/ix+Lu3ae9Tlv91vncxijtIV1vdChJYj8i\nluIRYiwKFvzO0ondObn2hIWg7GEw0a+SmYiQFfQrwlhuPXCwWBUif96L5bCmGXgyTQzkkinW0G1RiggC\nv0D2RGKk2UJpRogvpMMM7F8hbOLBii8g0fPFqb2bh7MwXsUzt8EWz6Q/sopubJyHQ2KgUqA1wSNXnjsb\ndy3MgMWsfi8m10ZDDVsFKxm6uWZrT5p2q0Z3xBEGrBxb75FXMHBiiZiDIiCwD1o0Xet3jB2DjBOAFVhT\nj5dVQaPtlv/lLE/n5IoH5TDJI6oZIimHd8XwEo3QHgbHFSvB0oJcwRBriWUjFANFWpjWI8GPmJiWG3a/\nsEcGfmjLAUeyGH9nSdb15gt7rCpFJlUoxwm0A0Q7QmYRtNlyvTUiK7keVzSercv5HWE/KwFKDVXwoESG\n5K3v35FKYRvk3qZcT8oa+rkep5cOZTotBkQFQPtCW0F/Yv8IfVnwGMIGk7anco5jjyPoMgFZbcjt/PLz\nHZENOBQ+Z1yEmDnOf9mwDVtTkIfIEk8UUf0OWgjdaWFa4q0JapEhYQUGFX0ezOohHhbPl6We9aJFocGl\nvq+3nSFcsG+jxJYKk1ph1i7eXBJfTHWHDSHJr9WhtmVfJVihzANYnjsy6JCyzpVeRLfxpMKxIVyMHTA0\nFcpSzJDxWZwAZIONhesuWD8fDSlozO5uh26VLkuuLVJulGdZclQrzLhWfDQvGD0KqdihPvPWh8gzLFo2\noN9iFNsCsY6tVYhpyz1jkZWRtuhfnnJQSEwitHZYb72xlYA5aMyGRAqOJsrCjlpxz70jCZNOfMzInv9h\nYVmUkbQL+CclDBl6IjDNHlt9U7DwADiYVz18asG6LQG+UTlyhsPHsRRfSP0/R24A0TFvfWfZbHatfq+L\nOxiJ33yDLWJsUYWIGsy1zTLgHql7KUsrsCLmVlkr6Rtb/3qjxFlI2KkfeRvpc7fnt9avJoGDcri+FuPJ\n2pUErrVtNhAlkXPDWr/FGqKC17WQm7AriqFXURimLFoa7LABjuLsZ0KRUGsUC5Cg1waLiuYb8aEby31l\ntkRem41rNl+6PCrjZQ000iwHOPR84YGd1uug6dQjYjFlnqvxnraAJ3eBdTPhz24/kZgVBlgNUE7Y0FJR\nKGvFDY0luhZrpOV9mo7Qg9b0snrzG+Xw0jGAoX6WvLehUBuJqDGxbyyBymVhvH+EK7DRRttBwcrCFITx\nKnKHHNSn1IF37BmfQz4TNWGIjW0NZcfSmRE0EddskXTj2EOiPTZ+CUKGW2djyL2i3HrIg3VyhxzD+yGj\n9ABUqKDpMbMucV5nxMViiV9YPvZgWmKCgkBu2HOULd7p2IrfeXZNDfaZElzBI+E0+QQLCCoQ67pQ4/Ga\ntXp4Gub5Uji6IGFMNTF9AmX1mJFal4khj5VIHvS+hrEupub3utJO99e9fKbXHpPZsphGzmhBjrICeUoL\nvM+etG/kdZA8h02lXqSwUxBY8NRu5co339i6rJ+oGCLPa5c7l6yME0xJ7ypjvRhwwTLzQIf9NWye+poZ\ncJ6WA811LdsSVv5VcoSd2nu1aht5T3RAYwt/5XrWqmDKbYuOAlynNxzUw4WVCvbYvLWAbRECDquiOt+1\n2Pgj3gfNSW8UZqT2oneUltrfef+05o67SmjiE9ZapiSSoIW1upLfWaJlHB19HkWJTeWC8I5yzA8jq9i3\nMyBpkLE4ScwcR16yhZUVXcoBVOi45tpH8deGkS5d1E4E1qxL65s2GyVWtp49lsPEW2h9yh2MmgcIvI6N\n/t1EbBlqbdpLcophfBtcVrQqYXtaBLiKbHnOLnG+Q17H3P9ohz0yECvHD20N0LXgcVGfAN6wbgcA9m11\nfOcHXqLFEzaHHcmNOirg0VnI8F/KwfYk5bWPLGbLg/BesF5F4n95DNjmdCmnHNvrFqCsnS++3OvYcvob\nZU8UhF/s2Jr5dNMnVsOKKbmuxSr7fNlyh4yQp2A+j2dyZM5cT1QAfmL5Yp5oRzmqh6Ivih1rtIvBWjDE\npJq7H4olT9kM0lcsIp/ov/I2Lx3/D33v7ziEU1hthiBI+C/ltGNslB5GSqDxFxuMavMl1tS1U/Dl7kpR\nsN05LIbMKBG7+itJt9hoK0A7toC2Y+NRBuUeWFAn/SbKqVqfVWQFfJvdwE4bemSLqTu2KrKNr9CDVauL\n5YImR8qeY9LKkXiKDb4otzXHQqc9+9bh/hqDk8QxQXlF8vnOHgtxlKpawzDIV/TsiFedPvsWuWiNOlB8\n6f877ejYskOJz9BREunwhz/YaFXhTEjSrt4dX326Z+9XNoDFVltvl6DzaN/22qfehtw+SQA1GwftMSfG\nYoQoiw64zJbldyxANc7XdOjK2WFZSTly7JFscaHG8to8ULMHHdaw9dptIX57PVc4EAXEKHgDT/mUZdiC\nPb7/1B7Di8e4FPHAHgO1bOTYOLIu67NQnSwL3dVuy6Abia9SiUUONgUg1o6tAS783V5WjtjsVRtd+wn1\nUTc9ZFxn5kUDCfxNSchf9z//1bmhmNra5Ka9R9zhdL1Bo35q10X4oesdewBkHBsSsl37fRJZBSX46ppn\nw/YlI1unEKj9kNElpf0AJgqEI/62jjdFU0v1aWY/4P2JvQSmwtRgN6q+ul6S2yhhcjBIWi5Uidwk5RVU\nqYQIswuSvzRQ9i4HJrWbf2fEK559vrrP+AnXV8Z+p2wOVWTT8Vmlnem+Nu5Cha8W8FykmPvtMUuYsboV\nDKLASx+p2WxKfGRvkoI93Cc2kWDicrSWby5ZRV7EcuolxojKpRtMJecVfrydkTh/wIarcpzRqwVexRyJ\n7oiMTW2KbJKQvcJJsk5iFqDntU5+hAHxlqSK5LhHNmPcaOsMkmu1mPeCpYppfepXs1EiYTq8MsrzS5Fc\nSeHJPqAzcQ34SllnHFaC2VOllA782BYAMGu1BfiXr8XM54VETOSC8Hs1laS8SCnkvUzMOucNSBS9fVFR\n9IqSbCuet/E7JRFyENKS4W6wYAyGxuj9V49DCZtKJF8WA7RJ+fbKA8Nbf1xWL3BdtoTtg6nHcnGX3J/L\nqERe6hO/uk5bJ/bXKhOYytq+M0t/CjgPdBMqu+RSlAFj4e1CPu+2qjBznBLn1UIoV4RFciFYhdeEYVmV\nVASQeH/GWsht2RV7bTNtMZ7W8zCdfxPkMy4LPKmAo9bSkHhpppwA8qSLThe5ozjmHaL2loDfb7LR+2za\njXjksR90olJKcqsSOdn3GIJTW0tENGtTDtYS6cz+Nol22LqWdgOcUGTujbbJCwnvx2LaPSuuJyLfbMqI\nWcvW8Yhf+aAE7sp8fcnbov+JjkdGkZGemVnFUHQbR6YCGvdEnzboSMdruVxAj0YS6GjLgzoCXt9MrL+W\nuyPCjup0LZfOSDIBgUZYk3QlVTASXSk5ejzXHbC3ccOYV/sZOyYRFIwvtMf04vXEiwesbHO61s6SaYAz\nNoPHDwxES6KSiMK1pByvILcHsR79oFgaa/smnjY68sxadtJna/tsvTvMm7T5bXLrNd8PecsYiQo4kIEz\nvycWWIUd1ORgnRk0crtrTLZQVAZFLvcAs1m0uG8lKlRuppEY+4RpRv8/W2/aJNd5XgnKu1Hd6H1fr1Pt\nZmFcqALk6Qk3qlAOECRFyNxCgKye8fQoblXeqrpEVmZ13kwASUkRAEhwEynKtkjJMm2KIkhCEAGCAAEC\nIAl+gP2d/GQw5os7goSoiZnfMPOcc57nvW+yRwuqKpd73/uuz3LOedA2iFUgTqdk7CrKRPK4IFuuZAUp\n0p+c3dn0bSuiEr1D0VChzEYsmGJdpVA6y1sojWIvMM5I/ilG1+YpDHz7vm07rBwIfx9mEau0DlnichPj\nD6gponOw+jEPiMW3uRnsRgQB7MojZBExH/lc9syen5sQvmVDqNoGVXeveCCIbc4irqEcCrwK1UbAfB5j\n6neJcpiU9XAV1WMVquJ8I6oMzBkgI5091TjQvLsxaIiaAGAH7QfIFW5YubWFc2DDSZ2qDbO8ZJvSmGEy\nEQY6he/SPW2iZl04CdFj8BPC1NfsQxWJp+vS5QccGzHm1ZGQYnbf9XrnSt1fcMJZrENNN/KLZIx4u229\n4LCxCXDM+h4BIuLdUHS0i4fEclCRt9VVds39vk4AGOACY42T/roH+JYdjd/dUwTxdMRy7EDwYwEdjP1D\nVQGGiKyT/4lKWuujDXGfbZ4zjEggKvdR8GoRthBRd3XCcvGQt8dCtU+yMOla5fsq5ydjFRsofICeRORY\n63/Qw0CLHdbFvLUVO1JAplMIIY2ixRMmbZwq1KgiT1Q16U0AAMF6Va7R9jkg8rbAlTMvdYStg/Ojy8ro\nRHRpn/4PgjfNOwppdXnJDM6lETgw3I9E9apQ0JmhNrYWFG9H3bJ4oT37vdZ5sMycS904QbtBMBNRSkEm\nMI6bA+znwRtHQMBO0UrJsc4yrDG4QqK+1uXXxZspCqcq3uf7hjSGVkc8rFm1Q/savB7YzR7om3GOb0P7\n3CxEcqVQ2q8vupMqE1jXMQbfc3Q8cJY0uBued2IEcr/4auz/4sl0nbbdIK+D/WCltn0P+RVUBavWhbWq\ngV4ilBtQBaZ//ZyZMKFj8+4hGWo9AkbsfixtX2p12dzqqj7KwrLzvBvSS2aKwiFrjVevmwTzzRHkXdXq\nwvoXChXgUOzztsrMA7X9y+6GZ9S8sflmxoEQeAzXL9MFtpFhyXb+DzumWTwYdOs0R7kt3CfqRqE6Up3l\nTqH6S8Ws1h1qNuJ+HpWd4fk9XEW40jqrLnV+YBBq7pOLzrODyY26f7QasK6BCgFKw9w+bOVONlbtkD3F\nF0VVaqhSwJiU7b96nnEPmawlZ4445gAgKp7D9JPs51Kv5rwmrcmGjnW7SbxD4Gq1WlJkb1nzD/FFwUKF\ncqh2IICLc8+B0sWmSh+OVuFh2r0dR7aH68/OY0cKdHr1I5xhHkYsdrjb6GSrrurmzMxwsdnCYfXjTZRz\n73NeuIpA47B5hhOwJ+GcBNvHI4oTnMU47x8ed8l4dAr2PNLQuE7hC1gcd1TcI0i+A7epNDdJhd5Y2m1E\negbPT9RAKnlOzRcKi3ZrglUKUR9Wq50y/3Z2CjFXHRhFEiG2P4fuuZMg9iOBUpXcRe4ztiCdlQzFKRqG\nMn96kz3FHcwB3iEw0B182tqrwmGfJRYNnDJyNwqdq2uTe8yHwZnPILCNULB4HAXdOH22T1QDAf5HOD++\nDkJzuRnEruE3XB1D+8DqxPUDEKjgyl7rVcdgV+53O7lXHh1yPqm9y6o7yQpXHO8io8xiPZnTimm87HIW\n5qZvAgrTd6GIgnW8cAKIn9gseFBgwQ1gyVlg3xmOxutOTNrb6XAe2h9HsTsTl8GNtsuKYLZ+lPXsFL6P\ndrG7NqL9cV/8j6gWXW8tgi1/lz1bx710+A6oUy08W6fA3MIMErIFtEizwFX1kfsehguhW9d5aEhFH9SN\nwxpntrmmiAtx2OFhq8P2WYSUsL+BrkobmLkHVmxkiFIsFK6DLTh6ezuC79ztIBm3ExtVz+wU1dDZ4V2P\ncU42t4D+hmgJonhw2MBP8fNlidX8cMAI2Nu4iMg86p4hxlIovrQ3xFO0fXSW5x2ArH0PKiC1mHDj3jqO\nqHlPQ3n7u05hL5w829wt/iOqHGEeNg/6Pt9xkLyWG+taDhEXdcWTpnQ7iBxJa+BdbjfRQbUHmC9Edp8Q\n0dBbc5hSYSbZRm1ei2t0FGQMrdTw9OHHTZgtxfoYaj9ENgxBU+1iYCny+QvHHjcOFC6cR1bt/L3f+0//\neefuDpgT8CXdeR8WodXByo17dnkGYQQfCXPZBUGanc5BYgjA+tGxPgXduPa8t2mDoDjYLsy3dHx/m/fz\noutU5WYdjEbzR2dm9hGggBpI2McYPFqCCMDqoJvwmp1lRJdwLrnADIDbI2w0D9vkRhCNoGx7Dgexz0Oc\nhFxO28exjzpbsRFZcmabyDuYF1Lb8Wj84mggZMbSAnHUy4PDPcQDSie/IR5HVvcup5q6AkLzVZ+3rn3R\nLWaP2ka3UcwXej7YIdjHaE/ViWw9dImVwudT4QSLjgtWFK6vgiAN7cNFlyRYdHJWoCG0r5W9OZ9/gaCf\nF3WiY94FKTfLHt4DSmDVdneg3qBNMdqw+WgP0qVD01T/Eaa33c58OsLyWLzW7s/VxvZLGMXBpIGmKdis\nsjtw6ksHcQyzc3pLng53LuHSkidRvgHJmK3mWy4d0rh4REzLwpmdBctu92HfK8+5tKL4ZM/pUIVvuIWz\n5p2/3CwpllqEzoIrsYAWaHu8QFmwq+Tf9yY7XIxiVB4jtQI0ELzv7Z5xzYkGu/z45tlGtZkPDQp3VDW/\nts+Y2YT6qhPbNa0L64ZetdnRazbJJ0BoDoa97h1AN/W6YGr4cO0NeRz3tze3ji0C9L2zcF62i/40/jzd\nI6XsdTs3NrdYBVnxAaR5SKoSfTy2yV28D+e30NFLTqjcH/EdBFDW6mMzvlD8eCuWfMN3mYyG+THA5iUH\nUxRuWLl5U5Bibvs20z+QNnA1mOAiMhOGeSTdn/VguwvWYd9xGaXCet5sgmXZQcjjqv4eFg3tI5FLFZdA\nUzUtG9+35lW18wBrk1r/T+AUxPt2747rJe1glqRuClf1aNhPNk4uPYB5Yz5KH06vbfY2I4UN2oudDjbi\nwyUyvsgCQR+lcQ2VzvJ6uakbirZcIFuC9ebzqUBSnehX7EKMK23t2b11rJj3DzhbpXGs8Zd65SMT7Kx9\nxNmsg9i/5L9wG+jQ2rHzXECtpQV3N/39PV9a8ECfa4cV7rcWymx3Che88XS07RQOI3MRmZlZlYLbMati\ncDs2zLgZNYfr2u3G4WDz5k/6f/Xo6OZ7w8M3X6+gAAdlN4ZIb/60T5SYmZUexPfa3aiZzkh400dkGROc\ndlg98HEceLQ/1kW5Plip4SB5GL/xADeq6MGwKrEP4fxEyGZ886d2fdrb+P6ECqnqhsHWzetwy22tNwPo\nhsq+wLnLfQJx0x7CDqyR2Ec8CsHoEaLe9C8Q2YAWrcfL0JBRba3zhEJDe+vmJfoZ5pmaMcWIfFNu3vwp\nDN8jjJbYxgD1oS7lSrfoqJGwWg6dhDnYAmENzBDc156HSQuEQX2Be7Kh4fegpXvz0rBrrskjyKIMHikj\nMSIALquI2sBK4QftK3t24gD8pJSJtmMbJ4/7srImPud/l540aLz/SmrH1kcGJf6wNlLT2J4Lf1AXVXkI\n+PHQnIlkhdmFRJ4A1zFAmL1EJ/brEnFJ3M9THLZXr1JRt7RW91gBu+b7a4iy4HVG4GHXhL/BUFEjggHH\nHdmbZqVkeKsKRS75YeXQ4zEDRWnwNzxLzT8YeA/fvHQECQPF30aD0c2frsLAsPcfhlAya8pb+5WOKuG6\njuE+IQGCBoidCvKC9d7Nc0gSHGH/SMfOv4d5xMwO4q4DzGeKc6A6ckXqKfYE/GLz8+Ylc2AGiPSw30gv\nQlF4rDL4V1LntR2J/cTxsH4abKn/mUeocX/auwOQKY/YdVANEtcDWKVeqYceFyxp13BdESBblpqm9qmb\n5xCI7N68BBql62Ng3TGjAk3qm+cGSH2vQvPGVi72XbN7YC+bg4D+WUEkBspOgJ2TvG/nYanxh9+FfmQx\n8+F6KXr2gMYZZhfjnUAfajw8k3POnIMj1BmmDNgjkJGGZNSI8W6y/5RoAjrl5jmoA1Mpu+LyXR/b54/g\na9YuW6ZQPA5138aeyc6GR5ifuflWifwI4M6egFK8reJJwMqonl9sRJm0dWmLF3BpPQcgR9J/FuW38lyX\nzQP1T+nquxc+vPzRCSjZ4udHJz96JukA20/87WrC7334vD6XlHuhxws1XeoMf3TKP3eN14S2sK5zVfeB\n8i0/79ez/+v9C1Qafsuug9ZctU/wb3yWir03qMd7zVrymKsQvy9NY6oC37D26Oc13Omj42iz/YX7S//4\nPb3/0XfZ9if9/lehDuyqyW+7BrBUey+4zu8Ftv0t3pO6w/YNKAI/B0Vf/MWnPgnFZbs2Wo7ne5fXwPcv\n83v2XN4+a48+Qw1ltJ/tQPvwChWQcZ/vfPQ4++k7GA22AvrBb1u7pZx8mVd7m8+pfrpovz/p/fUex+eq\nPdsFV2x+lCrIF+xbVCu2327wiS/4uHznw3eoz/xd6hVfwjhR9fiS9981b/VJqku/b5/R92/4817wn5g9\nx9mjV+1anBd87RnMG84jKUVTs9nae5U6sI9JD/bWWaizfnyKurBSjP0pX79ARdTHqH77hp32T0vd9tZP\npK4LCwBarlSLvfzxCdd8bVVo8c2n7d0n7ZW3ocFq70tLV5qzr/PbT0Jn9tYr9u7P7Irnqbir/5+jeiyu\n8hg1ep+EVuutK7eu33rH2szrugLwo3wH98dV36QC8GP2qTPe/kdvvU11WWgFn4LGrivRvg5dXbTL3nsN\nGr1oqf18h8qy0Iulmq7aj1Zbi6Xi+5a1/JQ/7wko2H58ktq8p3i9i67K+1Mo5NrPN12x9mn2KNRwpXH8\nUyjJ4rtU28U330B/2GdfoUbxU64g/Drvfc566Br74Yr99bbf45J95zH1J3R8+e03qb37unRv7W4/DR1e\nqvNekWYyx/SE7u9avWft/RO3rvC66L3z7FuMyxlv3+t6n+rE0DGmTi/1d9Hnp2QV2mi94v37JjWbX/cx\nfRzPQ/3msxyZU9QfPo/fNC5f8P/8kv/3l/2/v+r//cIv/fKv/Oqv/fpv/Mav/9qv/sov/9IXfnPbzN/5\nu9v/3t//+39v+9/9OzPbfvMf/MN/9I//yT/9Z//8n/+zf/pP/vE/+of/4F/8y3/1r//Nv/13//7f/7t/\n+2/+9b/6l//i/7X/xD3w+y/Zz1/2//+S//9X+F786b/9pv/3C2zUr1hTfu0Lv/6F34i4lqKsYKBEhlzl\nExQr3twEA2hih0/dQ5SF4kow3O86dNfCMWowEVJmjgJomuB7otJBNdpo2dnVUDEvCkut8Bg3T87degSv\nAZIddsJhNj+DMedlSnPAiO8Uztax83qstAyTloDoDTyspbBF3ZvIn5Nmbw8xocpFKCCbD4YgNME8x1zE\nL410haEGOxqOmegH6IUZ/E5korbA1AdNCCByNcNzyK6sZh4g2EuMFCb4RHUMgA4o/CKmzUyaPJftM0Rn\n4/tIaVB46856wLzR5NsBvIz0W0NMGxzofe5YNoGkaLpwZBHLbkqqxIza5KgrDZgFQ5yVGRPELQDSb45t\njxFZV8NaWpDWJ6QLFXu02zCpaa21EbNmIP2LV3ApQaceqbpxiy4l6/rgjdmzEFM32jCfuW9T5wFPphXz\na9ayZnbHIux3Ps5mva7xKvswalZDos9cRimmUNS1IZsG0nxwP49UQrLB/UcwBYlHpA6QGJwonlinSDl0\nJ232IDatHHXdbFKrBp+pWGXdzLV9veoYQ/flliJv3QCiNMRtIzTl6mg2kdbWEKtEckth9mUyWPG+wMX2\ny0IEGkHvYfLB0bZ7OysxyszcHYXMH3kz9hlAOW++XtbNvTaxJ0cHA+TvSnncDsRpbIFQ4GeGbAbc/i6z\nZeF7gyJHFEN3v7kfJNNAMw4Xbu50nA8Cf2tjXHB5xkPs4VqG3hFABhVlxQpGhUB7p5u3pqr2jgWuEHPY\nAl1VmYqZgDw0ZNlgcD2/UPYkfkvZQMcBON2is+Cg/Kp7dyyrLTCgDvRHsyinwqDyuO98UrsXmzyjNKU1\n4wGbLMQOVky8Qr5aSnpVd3R0UECxoREpZiSsIJnrLnXcWSaHvF+ClqM8Z/dOIpbJih4qRT9iQhA0efgM\nCBJThxTcwnia5m44Uyt2gyUHSy5Hoty+24yJ0A0+6qII4XadL1c+E+AKMf1rbpJdnHn3TRKvmgBGzdd9\nYgkofyYM0P7Ynx28NG4CZUM5F4j/VYF3akiMwHD2BSgHYXZdQpucNZLdJVV+BfBmpmsmLgnXm4DdyTGN\nBPGikAIOUVJ6TXLZtm/Yvk7dFHyBs7xmxsquLB1OSDJgtSFES60nPCoAhVsbA0hRVpvWeVtVgIMaopoA\no9gR8WZI8vHKSshRT2pzsIpUHEn/nH7HRtoumrFnBT26jjS+0pBNOgP8XqAP1l3OKGsz2B0roVNuG7dt\ncYpiepa6G/CqJvLnM824UcbdMxjFrmarHuLk6kUufGazhmyHeWrKkluPuboG4slgzdoEkoSZNd4DXg9T\nra2C7LjLMGPvFcipi02fO7aLalG9VgNGAAQeUOLUSOlDPSZIK2Mc/V/xYGFBpD0lHTz82i176zhpNzYD\n4NQAk0JxZ2HD+xVzI+OhwFpYBpF9URpdeBinpBHYp8zTbEBFBE2TwSDx/B2MSq5uFIEW6e6MvOg91coQ\nqoZFJHCLyCTuIeQBm50tQOa6cfiCQQdLpodIxd6OZuYqlFxLHUD7HDBXyB6CusExpxrfi874A/wTWeNA\n2RSbBCjYUUL4DsVZ19Y02SIyuc1D7NTx4HE8b3PWxdJIsC1BUhxYtx/dGARO0QNDjXgqNZx0pSqZixQK\nEhPgCPa0rtR+a0ACPCA77wItsy5lByQIMhfWQqwzSi4mzBM+wfBTZOG6EAWmwbEztsiqjzECEL7nc8Mh\nbsAoLEt0KpLmhWvLVt0HPBxcxGm1tAZwAyyrA44ALIpBf6U3HppdN2Z2mQ9Yb0kLpKEWWXG/9R9ZNOXK\nQGaGq/s6vxCw9QpdAPNCktK2a/UhfkCUX/cI1SibrWMO/F/1jbFrRunejtkzHUfYsUSFRG2LAEd6lYvB\nMNBijaf7qu5BoPfwhGW3y4TUbMyRwkP0Fakt1EJyoxTa0fYc2N4PxvYO7SLrFhbNGlHdLVTdug7tGjZf\nQVgdjwfdAxJVtH1BW8vTqc6Js9YC8IzAkj3KSg3xEEJB1mGrHaUiNXQ4ji26kONGBfF7KDARLjoeRvat\nigRf146Jsi/dBt+akLurgQNlFQK0R0xkWxF3Oaxn4nsvCytA8MgMMwlYmolOSBoxT8JmNSJ2gZ3vKN75\n2E6X1ojGg1QGVjcEoSA/3lBYigL5NYj34AfZEVQEaoaoHAie8MSCQQ6LrxSwVF1YjPuuAWjr9DCFNjqF\ny9dFsquSPAs1pTcrKk8Fbmmygp0TqY6ycO1zjg5mJXaA/mh5aeGBwfCoHbIwmYku4jDZFue4Wngnw9lA\nUsCeBzJ74hrAEGcayUomdIvoBj9u5r1aAjZ8eTdDm1hHOHBAUGiUzWUgl1FcSsjVS7ATDOYVwXRKVVaw\nxctTyz6zrz0CiBRCeT6HAu6rhzh3bZKR5wZeplQpjlQgnKODKxdrqEfUevHMFk4wicZC9qLHLa6LShzD\nwVGqQ3F3By1LEhM23wJ/22wOepBMqRpi8G0Poy1KSxzymmRYEny+YdYy6XLUW6h8Q6M0+hZ2YaqNAo9A\nAhFZW4LwikEGBRAm9THK3FtwnX6Yl8Jr2sXujnOZAmqY+Czv12iKbtKJeEjg8rJHkXSMP/bMVVho5qhC\ndHgIk0b4CElbAS7zW3+0nxqQnWVHYRx0cFnhKgu2VVY4r+1b88UBaigh16ZOE+FhhBSsoITzwkAJFEVQ\nYuOi2L3JznBQZbPR+B+5MI6N/07BbNbcyEauEJ2wXo32k01Krx/jtbSgxOIyKVCbTnauJckpi7qR0gBN\nR2CBaapxv++PqHKI9J5gSXV19Ou1G29m/+lJpcdgZwSelmoff2ib3iNj20tnJeDQm9Amgzut9B38OuEx\nod5zxLa1Aop6RzRtvl4frrcwW2VdEFwiSbWJrI6jIIpY83HSRx7aAWSwD6XVXI6YQOMpQ3WkISidPcn7\nONuddh2lebviXMEeq1wvcDlSogdoj+ERDkn2lGRXblJOUNpsSObCgXEPdh07bClMwdOcNjb2KYTs2TD0\niiRyMWsxpofC7BG9ATlFbMKYPX3b99eBGPKEum0OW+CAARNJNXdKAvfE/JQyuF3w23Guo8VdiPdpKmLf\nKJ1i6aoqkHdXEryQrifkNOzT3PTLwjXAe9jHGsolMTQzWHvQJ23h0ke2lunf1arjtImDw8zcHtc54SsN\nzRKvhkI9DGras3CAzaVvBhZTVGqq9K3rXl7SCYlbJiTNH9xcF6CGWnOQ7IL9De3JSvVn+PVIkuMkH5Wb\nWyiwwb0Xg/LlIWV510t6SSA2q/oGBEm6RQnWIEZs0KcELgYO3/o6fDRngNMWFR750Abt82FUigICCcRk\nQOUdQttIh82+tT9sv3iurotWV1iLFSX7lwLZ6Mi27TPuxq0CIaejJEAJyyWJ+vZ7UUSJB8eZAgeyRhtp\nZ0DYXXIRUlITqaBQe2dgXUfTFIemNIexM4ptDhWAIamOzdfCU3APyPb5dTLQRhV1ALBEwVDUIYlNHRd3\nrfS5AIB0lv1ehI4rrFdJ9NGWMAtacE8A2oAuML1Ks3KRB4YNu38DEmA1VDvEHLCZSoQfNNqaGosZSXs9\n+0zAFBRDo4CEh+koIFOagcE4E6MQlJg4Agccuul2QagwHkY1A6xpkEOi4IBZuZA3A8i9DOjMktkRPWg8\nqIWb0NFDANc2mZkZly52Lb3RQLQcBK+cN9EsB4MoLGGHdtcsFTXe4lgg9YdhYkVb2N2lA/d6pPz6tgMl\nrKNeY4vmrqtU7beRXVmp0AW+bwRLpDmKqIjZhf2IVASVdg+19FYQ35A0un3DBeyL3TCoEBRcdkurN5GG\nLeYkdn4c2wHgLoLRRpYxmxpxl0JaVdCyqWxfQa82ERqyPWu4b10AaYV9pCC/tWGWWnBJbM6uA2UUJIy5\nNbPdGGKiwQDrI3BKSxCh4jaItcMadhIsgMVIg+FwBTKAGdGIKMJuwYYf0Z456RzZAx5kiS+dgwiam01C\nJhcs4DjEAzxtloxGYHnkCk6gQWtBBAC3CZ+oeyjsVYjqcauMQdkrNQtAinH0w8hxyVSorTSE+iemgd3C\no0QRo54kUO4qt0yIGHqIyDqq2ye/HQNH9awiqH4x3F8ixx7XKYu2CpnibO4dD4aSkQI6BuKGNsGLSDdA\nzYQQrRnZdaPusuyNgtLXRMnOmG2x6tYFlE/BK48g2AgidyizIGMAB1uc2QGSWlpy5YZl8bOtDYHT6QfQ\nejlOm10UuOD27hy9OQa+wWDmIU6vxgxyyuWqehd2LSdUzjEeLZlGQaeLiMHucdnr3mQ/j087KXBBye+C\n3Y4+wvTjUYu3aH4LIkgzzJUxoMPTpOFGuD08etQskRviYtMb1f22VMabFAuG1JWt8tmIi22icEEzGJVb\nQcMsCx+xu5AcwBUlH83T00tSqGCLNRGqyt/CcUQyugwquxm2p05Bc8NsElh56A3Hs9aJUdS4+MPqIGKe\nRZCDSmojiGoEJSCblCXZ8Kwb4ZBL1zStR1yswMYVAb6PdVFIjcZmiODxjmukuctYOPZdTgC0cHsE2Pe6\nUOZ8t5JdXQXqvFAwAbuEXYe1cJYWnHHinaoZDmGSihw8tMGWvr7PQhH3Hrr/PspCwHed7HHt7v0bCA76\nDsnDhEpkyOCFO1DsDPSqH/Tm+gZ/D5QbUmvKOJuIjQO5ei2SFD3Qtqq/fnlsx9hofKT+60t/9Yz9iYLZ\nf/Ws//K31x7726s/+NurP7n9g1dvv/jGZ2f/UoC9T8/9QIg9++X/ef7F/+vyuf/7hbc/uXr9k3ePf3Lt\nyc/Ov/zz8z9Arfo3vv/Z+Qv44pnvfvazFz599vjtF5/99OmXP/2zM59c/5PPTnz/5+//8e0nP/j0xQuf\nXH/9kw/e+uTa937x6JlPn7j+86ee/PnpG7e/+yefvfzM7ddetBc/+977t3/83mcf/PknV4/fPvfq7e+/\n+cm7P/z0/F/84uwzn7154uc/PvHp69//9I9/+Ml7P7r9/IXbz57/9Pqf3r7y5GdvX/vs+KlPn/7LT0+9\n8en505+dP/PZ+eufPnP99jtvffripU+vnrz9J+duf/+GtefTZ37wyfU37JVPT7/+6bnXfv79lz678vTt\nv3jV/v25Pc73HsfFP3j59ok3rc0BJ2xs7t08Zz7DAKYbJnK5UgK2jQzJmCC4augYsG4CCZp91RPMCbYW\n8rY2w92psSU9JsJr5eZ15HTJPhdaiJXaqRIg7wbBWKEHHX5adwdhvA2PhJOVkIQAXgHUR5kUgqH6MGbJ\nTde53MIZEy6yqT3ANRAzmtC71THhd+I63zxX1ps3X4Z9ESjZchjwqiFzLkBagm7Pm5oZd/Ona2Dpo0SW\nY7IEIhOZVrcgTg4z9eUeatU7/9w2XQdQNR4xq0vb/pGqKBvnbA8aB2VF1VrreWvMzZdXR+KVEBjpfVg7\nksxeQS+zV7Fw2NR4Ckd5E65GGF/Zc94LlRfsBWghULUSXnoJFac+6hn2H7HmV49EANm8/B5nSxkwvsbN\nMkyBIZCVfSDxXmYmA5BcYsTQZk6SrdK/FWjBJmCS0fODJopqn2RJ7A+85DaKjp9kYWwVBb/Kf1/lu5f5\n1gV+7ImoRK4i5Sf+9vSf+1v4/Bv89zVW7L4W11FV8mv88HNxneNshm76GptxJr5+ultDqWKw2ngJcDTp\nwt++epL1y8/wM+f5+2n+/jN+/QKLo1/li6ejSRejbLnu/njc4kJUDb8Sb1lLXuArF3k7Nen5uJeKlL/B\neurHvan45Ud8imd4R/XYxahQ/gILnD8Vdcpf4/9Oq846r6BOuBL1zk/xuz/gTc/FXX4Q5d7Vkxeyeu0a\nuKeiSDwHzvvZOuqElznHWy95b+MBv8NC7M9HJ5yKe/0gCrefZm+kausvRUed5IfVnu/FTc9Hj6nlN2LQ\n7c+no0r9j+Je34su0gVVEv4Dvqjevsi+0nx4IwZaj6O5eiN69Tg74Q027wxbq68/EQ17HK97XXnNZ81V\njc5TbO25KGN/IZ7iRZ8q3s/n/bnw7ln++2I84Ktxr+Ns/7Woaq9G/jj+1IdP8JG1gk7zxTRbTkfzXmOb\n9ftZbzDa/Awf4Uq057WYWm/GTdXUNzm4vJG3+bjrd6DAF8rHkOwS2fXtM/sDx1I8XB4pRVlMABZWZpOa\nxdJWYHOYWGPJNdhAqt2wVMa7UpTEFuZ1ab60azeufFBXDhBQA7WI7upwvLkCa9I2ZLOugfR5BLtTT44q\nrrIfJV1QIbN0vY2aSGgP/TygkFbNI6AvW9mj2fZbP72r+GiZPfnSZvAsOkVKYkfFRH2jFKjEq0yYmTiG\n0Hxxx9f27RwmtnxCITUIOiiSzbbQUf56SQ3i0aANvs0XyUisySDANxBUWBkio6H8LnU05W3XSXl3b+eL\ngbmnzpsbcm4q4Hmro43KIrtmCPoKidta2BpVp6q3DqURfAjFrEtHgG2VjFiPezGW83SMH1yb7cBV7hFL\n4ulr9rMnYRtV4INf+NWUVfxGwoQx/W8u06DbHzgldokRbF4F5Di5pBSF2qI3C9lNu8vezlIW4KRzgc40\nQ3meprenxOwq+wd99+noXsH/HWHQdtLCT4lx1LQYi84ZKRM9kZ0z1lQoZoh1PRvn8Bx1M0tfPcOoIA7g\nCN6+M60ArzCJFE6fA1A31SwLtUC+OmWgOqGy0ikcxWDndzLpFxJaZSZqj7NlZucB2751bNFdzS1zGcHw\n2JhEYnc18u6SswOYhhx5Twh2txL0A0JhUnqNcGLFOMEKjI3JxmQLo9GgJBez0bM7FqnSxRA2USNePRga\nnXjee9hD7NPAoHUoaLnlKjCujwG+wVjcvIjuok+RLRkpFyoxxW696flEmwf7BaQKDiPSPXDiaCKtro63\nNKwDOGxrpHOBI8nS9sOBo8ycD15LIQEkB2iLxC617sCcerWTmEysIseyVinHvtCtYvRX01zbGkMZBVep\netR+EIvYx4PVbAUY2Ao/nhsJ5yRZqWxBchW7G7tj5UFRXKgShx+sSq2T06BB3HaFueAvp31yZuYueqnF\nKOUJ4XHU8v+QjiE/aeSxnBF4u5u+BhmJ4HMspYyAwkqIGT2AAj6siLZSTQYa89BKqrrOCrS/HEkkxRJf\nC1IEqPqdhA7YPhO6KIuFY3TI6WTZYrBOqe0KIf0Efoq4FrSWmMFnSx2Ltn2mSJCPwGMUhSJofLYV192l\nKp3CRRT9ZP+FZkHVf4js+TFoTciYMlEPrIT5MeCDboZ6FHEhzICWPQZ2wOQ8VjQg4xZfZDiE8QxXbYD6\nZb9wWJGjEh/BTATgEYEJsI9Z2LKJKBsUHZB1w+Mx5klA6caXYm7YbuE41dkU1KaqKOYRTjCWj4cOUce1\n07ueZh5OiHTbEkYoduq1dv0eS9ocgkOsjXuBoxo24KNBaWy8SXgJc6ton+IT/YEdinbIjhZd/wOBXSl+\n1STGCTfkVcAxPcb9iE4EoG91kkJzEBFHMgWDZPszqykPsX5lmPgcpzpHb1VBaWozcp33bHZ6IhtjSbn7\nXQlbHIAn23N6vbGyh2tQPGZ4l7OPW/9D2s3sy7vTd7caxKNxchKZxRyK6KJ4IpvZeAGZ5wFrAdgGBhnX\nimsmAY6byDP0JssJRDigWjKUjRF8G7J3601iZlHce61QIYK5UsUj7B73JUvha/3AYSIOqmTjTII+1wo+\n2rv7B5EYJRiApR4eUuFTYu4oC4QsZ6ARioMRhZ+TygP5sILl2FW2p5vA7hGAcyQpVmsf5hfQKbYPKXvv\nQDJdWfq70OP5n1I2PKDLq5CcdHdXQV/YNLG6lxaSXXJHbcbUrsWiLpYCjrtKZJPALwn82ygajPUWake9\nyWggnV6issEBGyHcvNPFf789EzuW889hq4hR/Qg1hCrtBwCx89GWfc0QzzHwkOT9Vdkn63Yu1kIlDAI5\n6Ag4q3CGMBkIJR5KViSgjMK5rpTN4YpabgQ8UtbbY6GMSxYeg11KqUxBDjDXWCOO9hUCDRuVFI485d0o\neovN1VX3bI9QYquhKChLAEMdNuWS0hnffEU7P09sx6+F5UF1I2w0xPygFylCs62dkwgosU+XkwOSMP8N\nw7ZMkkSGp2ruSntYAtM3ylOOWTdG9FH0SeHZBUoxUmo6YYm3MaBAFIybp9g7q6hT2iKZXOubo0OWIpZ3\ngnUrjY9MTkI7F46GsY6+b3zMbDfrnPVQGikRxSk0sZRZQsatI2O4s2PRgRRHS6HRWMmdFAozv/Z2BJu4\nG1FjV+ix+eU7Z2/iEDR4HYMtP3XHaT9IzIr+g9npEnvsjMNUkRCmnUitXyJ7bZLDpNE6csi8beQqV43O\n35dm2BpAF9w7Z1Jy1BEhDPmDD0pQ4u/GLqqTriGqqOcemmBO9N+Y0sY+PhvzZTahghsVgsCukPIwzRI1\naWFC6whCnoTqKcRyy7OhlCOzIHhflZp4+vktcFoRWEbr5oiDzr3+H3Zvyh/jvk5JeQS23pqLDFB8mZYi\ndla7uu3unH8IXFZbARIqqCZDMVhA1nXlhHP9UihPDNaaow64mnfvybq/z6QB7I2jQ2Rz+8XKJIFpmgQL\n3Y19pzssj5a9td6gHO2BmG+NkjbEvST8eQvrb1RJGyfSXcm6XkENMVqqW8lHhC0gkAHtqz4J5a4iCZil\nEyIKgcawyrDDCdQHj7REDqV0XbUe5poTUxqqUdq0J2hYp333oeSL9+qYOQflOUC9Sy+Y2YFdngZTk7CJ\nrN+nIgz3gcWsCAGS8YIKqBAj0+VEyAuiIbxWd19atSnDu3mfwJyD4STBXb+USCuoPux2DjzNiiOovkdZ\nvrDLcTdobKAnCUtcMVcRiJqeKg0dTPa9K/lZx0DazE9dV8foIOFbKE8AAWZPSgvNVAlCS/jQnNdJ40x0\ncMfMFqtVAs0hGw6Z55QPt7kWGnLJsCxaclVZIJg+JEnD4eAdwIVQAEsroE/L13ZgV+RI2ctCSHvgQhKB\noVClVB4HUrUwC57oprJYq45CP18YJ80f9J9QyECzJGTE8j5UpWdptiJNCe0RFIR3TcyKCsc19TpSFGJG\nMX/k6YX+xz3uZsXkolpfT8BvKBsgHWs7yEMpJrM/WUEBIe4spytvX2ghBarEZDNi58NN0z18x44di151\nhb5Bq26L9Qmf3V/BPQKY0iQMclESog89nYStNMsc8TvMqYdSLMjOEy/S+VCKFUhJkDGFiiW8rQVeYoFg\nlaOsk7hRJWBxwrMTjA3Rn127dkEUbVCsg2WVPEjHDMAep9iKz3YBrLqNPcFOABLXBv3D1YR7yGLUXd1z\nbxX2qYgiLAEcZJRCNWHpBw1Xvah5WFpHqgTqKBJmq3B9SlhGUnpE/ERVQeGRMrOKTQLoPoGWQmFn2zb2\nPaIiYV/ZRHX9O6CPaQMhr4MCE5LB644rr3Snks0YVVhk0vIzWwoSTw4TUzkuLy9nrx0KktIc0lmyn7/q\nap1lX4gBkD/uTlbBYRtK+XlpXQbzj5GxSt8YwnNdB56/aRmZ8IVq81uHVKbcqkGgkQYqK4b1u47qK9Hm\nLi23wA77CsDFV5MPAe4O4khmbbpHD2tki1qU8mHp+ZRh/R+pVNiZmjSusdubyFNCqMdzctY+9uQqWkDf\nlGNEK9Lszmpkq2esdcZjUQdzcj9nE51qf+aHFo5y4AzjVoUiDSO6bTZaLtkUsAtMQV++v59grzNel9hG\nFWejIouhDVSUnSJoBvfVlfUFFHtmEvJOgHGiETTMhGJ0UTxXQMhKT8ldXuXEhuvjyrEktgRowQdQ5I7G\nNXfpaQ435f+KSTHegiITELjr9CEUhRisJRQ6dbDlp8wnFNmdQkRw9K1XWFg8sSpZkJS8zKppz99gpM2v\nqogzoJv9QnXBZNDvPOpzUvbAQYL48eRuD9UwRXx27mHdUBRwGHg1FKzXB6qjxf8KWFwZZklTJ9ZnN52r\n4+CNBjbHtg4AEXnAlhEBP1IR/QcRb/Fwqfq2XwAoe/xgtcIWKbuTg4SfOLaYZZRifTSBIyHcUJQOmCw6\nrZKlQLtzBB8RzAbhuOaKUGMS1wLnfoLKYh9x0UnX8Mb4AhvC430hRSHWq4i3M0EjH6zqydKpEgG4AINM\nOxzkHJNYmdnAe80gI3CVw4WKcTVL2kH7RSBx2AcAHUBvkWsVKx5I4VQrT/6M9pzxEP58KIZysnKPdXAj\nIp/BNikSqXouMjXcqcfaDwivI/Yb91DZr8TQbhJIrbhL+y4QxgIV7t61i9Bp3txLmAUmhgrFXjEbG/Kg\n8FsnVgOhN/fA5tpwzDBqFbqSemcZVbdkwkQUp+y5H9Udb3ohOSz6InY2wN21+osEb04c23kkJHaS90Jr\nrlfaoeX4InvsbqLI91RKryhHUofGZUqWryIIC5vwQMUGRHYUPl4oZj8Ei4HAmTyZEjI1eeBHKmHnYGM2\n2G0pB69RRpFNL4VcwKZC1RTMAWhx8soofk60J9AHgy1HQQqJrLXPiVr2BaTGOcNcDAOAybpR4USWsFNc\niqrEE+JjmRiCQYF1wOLjLFMqwhTeXRkGdN3jrHAxyP/gLrrqcTgW7ml0FZ+TUnwV2AyzHdVtoIaPmdaF\ndoAKPWudrwo3u6vYXW3i/4t3ppjMQgpw4CSBs0QH0jMSC0lVAMVmZBeOUqzAds6RbS3D9Y1ko28P3djZ\nNelroqCj15tlhI+2yvaZwryEUtGmFSHxYYRAI90pQapuwBgjMZKFw7wwRvtjb59rCSegYKN1VP6mqTNu\nkgRB4bhV+2U5nWqJn77kQTOUvkMchdC1eZX+6ywsQOncc6QUugPMMdTe7ayFD7ZaOutRCPpuEUDDfso+\nSN8Wyod/85O/+eO/OfM3f/Y3Zz8+QZW3S//nMxBQGsKthL9fqcImdxrCcxp4ao5ooqqZTVeePXx3vFL7\n52R71a6GRiRNiwxq0s5aqfYFXkuoLrA46f5i7jswC/lGVyljdIv3CAhvPWDVFd4tuGb1gHoHastgxcFX\niXZdJfBWwwgkvtAoH48dOuyXVLODalrKGDNrbrYBziMp7+spFQuqUcurZ89jr65ApxCudyn0l+BWqr1h\nbQ48WhM6dKD9OGipceZf9UgZogpV9AvgV9b8m5dQdCGJS6DeizXTbJ1HFIusmXZ32Jhnm1k8JW28a0hX\nSIENHAlprIWsQsUiqXRZqFd0hUpEb0ld6qOT/hp+uwgNpg/f++g5qihd56tPUBMJulNv2c937f3LH96g\nHlPSpaIq0nX+hI7VB9SZejepSV1q9aik5MS7vBPaSR+dTO9CA+sqtZWuUrXpCjWw2FJ87sOXXLvqun3m\nbVdKcoUoaVt99Jy9Az2sR/WUSUfqmitO4Te07zj74D3+K00vaU9dSwpZp5IG1AXvDehlvSfFL3yCLcS3\nvM3WllB5wt0etZ6DwtQH/rxv25Nf4Hevxm+u7yS9LHwPqlTtfdH6G+x1tVmKYlQQ452fYF+8y7/5XXvt\nUbxCJSqNyLvU/pKG1NvpOS77qMVoPUH9q5di3PxzV7MrX4unpuYW34Wal/Sp7H4vU6PquiuOQQvrvQ9/\nlO5xnSN6ydt7A33qilYYj/d99EOV7Kr0xzCW1qcYN/ZB6r8bvO9l6of9iPpZ6JPTcV/omaEtPlLSJPsg\nZo61ECphz9nVNJbPffS4q4edtG+e5DXepsLaBSqLnUrXu/DhX6TeYFv4JDEjLtiTQ9fsGY7RBVzLR/k4\nnzY+p3l2nb+7qpeN+XuatVI3Y79f1W8ffdfnxnucR5c4d6FBxvZRrezZpFqGsX0fT5Pm/Xtst+bu96xN\np+yqF6GidevsrTc/furWqzgpXBVMP6Uhdg2qUFKXku4XVbhO3XqDylpPf/wklLbsc9LDCpWx+O4Ve/VV\n6lWd0Gsfn7x1yb9xzfW4zkG5jApSj/HEOovf7N+T1iqodb1J/TB8421qT0FZi2pW9u47dv+n7TdXCbMr\n23PgKnafd6CqRY0yapndum4tOItv2TfO8DXoWulZoRl2PvXG096+t/xzJ29dtv/aM7Adp5KmGvXP+Pmf\nhR5bPBufxvuN6mJSLXtUuma4EpTU+GzooTf5PD+l5tdbaIv6FIpo9hoUwrwP7HlPUnvrcfvuKbZGCl34\n3GX25CnrobfwROwHqsDZ+3waKYlRse0MtM3SKOBzl6gldgpKZlAdY9/jjk9JzwzqaP453O0N9YSPtLXU\n78bWuLKZ971r0r2exvgVzAyoxoXKmV/lPMeS8+/Wa/68JzWKVFR709p+yp7/9VvvoIcxE601j3Hc3rHX\nNcPU55rJb1Dp7G2Mu/rePvWmK+W9gxnT3Dk5VK5DFWlWpUaYIdzdghbm1+s1f1XnMoFvUeVaWLieO92d\nNguWGGMw/iXyZaab8FO8WNU/Ug8HRKd4jo2wGIRktwDIqogr2uyWzcZiYpWDFuGpxqUFpcHpSSJm5ulu\nT/4Haq0aMcjMyP4Gi2S32eg9Saars7yrBfhUEiGA5+AAHwFxwF316K7EeWqVw3G/e59HNAlrCmgIdYS3\n3IusRl4veXY87M06/GITT8F0SCNMz05ILdMJYUoGZDWa/HbdHW0kq82zN/NfeejL36LG1reSlTSqlLxb\ngph2m+lZXGqzJRtmKVl3we2ambk3aJOqFyOoJMJNe5BUXlwdJCSj6i8Xyrybiwqzfm9HohpsOsIy/1tV\nwipPQiVVd2tjMHKRo1CQQdihN1psxluANirxA1zO5AGyo2jWhy6Tdd9meUz8vb2dxhrxiD5xVzvcSWWq\nB/V+F5UplhaiZNPyaIMRvpV62B1WSe1K+DXOM4xU5Bk9glVXDQAjjWf8Uqy1mdmWPJ0WKdINxhv8W1ci\nQ2jYderq0OkFnKD7v7RTro2BLzLYS1YyCM9RvoR9pjhpeP1ruKLChuZ/71tbZz5ipNCwO3P32+RCZeTB\ncLYxpw4ePFExfXlsK5XKZLkgBgUVShasVu1au/FSCy1iZEWUx5olQxlCq/tH6Ghag3fMr2uKz+6gGU5P\nq3dXhYpkjCt0Wu+wVpCZnXqsjHyrqiv5qwh8aJG1wQWFI+jkRkUQ0ncDltOspFhlgcryvsjuatdQ6FbZ\nyppvAUACmgqhmXCAjacgmfJ2VBg7qj8pFAfqpjhTocJLij0OCA9AyuV+lokokDdaagGu7b5j12GZbFwi\nGDLcQIoQcwOdoy80IiNJClSFM4eKcR5XAxMPSXn50klvsDdhbUGbaP3RZGeb7IP4ug+syrRydqD3bWPp\ngRs7AJygj5lIMGXN2IDQiAQ5fdUmS424hm3bRcI5OSQM01O1JDyBTwiBj3G3EnmTkJRmuLq3s7DUwhs9\nxREiLT5T3VNFZn1pISX4onwi9oeaalTiLZMcSDk4HFSrnjvwfEFVqEg1g4HzOtAeABd4fVir/l21r913\nUgVLwJQZ+yb7UVE9BtoSb7aYbSHY6F9PurvIzu5du34bMRTXvFhqIQ+keWKU93Z2zCchobTmB/0H+5Gh\nKqJgH3ITrkqEAPRQ+B3RDbPEgiJn1HrqlTEWAaZoDrTHeMDSOX/lsbMsZ8GdnSiflPFuN67dbfS/UKkc\nXmHHoi1STfYkCIIah1B+Q2n3vgNIETEC0rmv7TOhwjvLLU6fwVcv34QvOL7ht1K8ZXHr2GLhZ2eUwUOk\n0XMpjOduuj5Et80LFA6gUza/GXjIemnjf45h6VKuYlV95jICK5OWfdDyQbEFFZH8PyqBQcXjtgBJQ4St\nXP1v49oPVsXDGNxlxaKxUIvCn9iv32RpDWDJ9sQBUACNhEg0EDFVy9XoclMAogeoli62NereJCB+cM44\ngRJyfT5p4vUmB7LNfFSE5qMT5yaMnZKRD6ihlyXj0wPrWBKErmJ2juhWKIbQ0WHkzrDe7C+cIBgsT+5y\n21SsEaFxV7QpKblD2yeKeSAWmlCRBQq9KDjdRLVQKWR4l6gmHKT5qMaRsmeVAM/U6yxT3DMS9GYQ2ZSG\not8A1aFUbVQAoTWvLcQotoabPFyhK7T5s2qFNTXwOs2AN2XTlTIA5TiqdEIxh6hcUuij5g8hOyyWzn6Q\nAim6+sDBB6NOEsVvBkOA5Np0ViF1EaqJeMEuipTaR0NAjYxlTss9SepwFhOOXWK2sqPGYyeQhNDCw00U\n2rCLBSEakXtgvXDnNi4MaUc3RtqjbsZj05hc22eiCM2Sw4IP6dzcqrXvALblibkomwn5mEAosFicK3jQ\nIOoLfiixQuVAieYS6GpQNOWEg3B3a5SVRQIihUYqjroED21ci4O6PslkbaJqnF3hXhX6wmqKbDxTY5IE\nrXsTKaII7hpyO71J1AVDmhT+QElc5Zrv75i/Dt+zr22I6iCwWUDCmqjcaustivfYwHL5yyhrNrB0RHEv\nJVUKESAmyfhy1BTDkiZIkVmpTgszJqYAG2izhxJ6+prNdUn/bVQtertweVzkHwY88ZnvpcZBNJ0VX6WG\nK9AqsrsuqWbN25A1CY0NO8oPeEG6Tth31qp+yvG2YElOGCdbzMxk9mSSTG3PniVxF+4+QsiaSnXZXTsF\nEuiVHV/fQJnHWk/BsmwO51PRJywaZl5rvrO/PZ2CG2NPoUQVp+f942RE4pBCqsL+bA/LL2FH9w+49Yq/\nNutjIeSxUo2OVhLPiEJvmBpJaLqXXNojMGICBBoJAqJt/cw6Ui3cdeiu4r9AFcDFWgnp4bLpr06EuqNW\noH3NIWJYv93WXm8T+kU4QdbQ+aQ2UFB4QqbEvtZ4wh7l9X8CYsVThKrUwJJx35Q+xVzr+gTVxdr50FRE\nwMl5TaiB1i6WoRuXKys4G5SWXo+IQJNyREXrjRdRDTXsVOEzmZ+XuRhgbx5fcQbvjiLe9rV7200X2Sov\nu6qNnhMFZYKpWzR0S4GbGAdAULUWY54BnRstSOpywEwi1G2lavl5dtcv339INeD2tdY2DGi3Vu5OIYM5\neoA0KFPdX9wL03CFGWHNEhDHNijWskFbLNhY7rxWQi3eT/NWgEjATryjEmqmL2E/msMtspJwQ8/Q22ok\n1sKOoAOtPRloQsrwoD5iF7sctjBP+CW/+0jG5WuKllfKvU+nq2YUc6qjkLyhfU+hiyrnH1FRppCPxgdy\nCNGGsuAUdENqt2ZZrY2EpliZpDEOwhlWuDn2o50QQk0l5My4cEsXi0Dp6xqcwEFrxeOcA0ig7CocYreU\nGjHFA8A5EboAU641OOeWFtLJWsk/p1uddpjfPdD6Fy1DtKEPsJN5uvkiRUaiRNdog9qObrWJysTjK2pq\nQ0EKgGQZcBnT0faf4OHwFlp6XgoT452E0UEldpE9a4Tz4ezSVLgTlj5EnmVM2+olDoBF24I6CcMmUE+K\ncBQlMYb2v62tOinz91BTNSo4r5DzypZRUIgz46j4BOyAzcrMT1UtPhScEHMIEnS+OdS6RgGio0KPM1KR\nEk6zpOV3NkE+Qs67TN6inYiYWBTyUQ1llExtIaG/n7BxdT/p7lddx0HCUdFPzp3E+iOMjdoWdt37mUOm\njRJywhkWDEZ64xqMNmlbOmOoDpIOl0inQa97BDaXamdjX3ddTOIZu4UjjQha0zqBzF0jaIicE47bQ1So\nYN1takc5L3OU7D4uaSwDILILmmjQHSRJj62jCqSEN0Mo1WyuA4kRNNdCEJsR5YzouNlMDSMkxeXKXgpq\nlr2UIzY3itpJNp05jUBFP6w5SYfNRjJVmyjK4thmr9/sGazvNbsl0dwTF/7YaH/iGrqIOLsNKEXINALw\nSToVQcktinsminBgT7XmuI/C7qQEbRmoDurfbla+DSqqxhOnJelBmAsWDHZ6xvDUvzSbGx5cOHAchtSG\nKhZbKv+cHHVieKwNh6tqS2McTOcGG2DBGuiNZjJqgnT2uxNv4xV1Mm00GXAlCHPRMbhYUkKeMSrm4TSU\ny7QGQTwQUyMqytKU4EQkx9r7ARBlwkeocRtVyP9bh3UORLIblIXQGgQaSZ2rWAB6S5CH3uTuNiexvaW/\n+BDadJhbbg3OXS2nArd1GUSH7mOMgsngjq7L50T98SmgIxC0UJJ3AKFTOZo9fTsxFikRuEQHtICMOWVd\nBRKV3Ye1NYAngJllHppgXDQoeLgLNuaUcUyYKJqALiFUc8CK84mXVhyI+P6IHFMnqCbtWrAMtFXYzq1n\nYyy9XtPZimC7bQprYhSVNvFHClhtn9kmt3v7DPrXT7I1gerzarnYXrkuaPA5R4drflAk21uhCPbZUXm/\nOCSGCQhJn0aJiSFr43puRohw+N3ALzXyg6hiSJXAlpFRrLZnVsjmYaGE+7wji9MUFGgc9B2F5d7vEmsr\niMHRKmjsCWgodAhC+c3OYFQ6rFeG9XiTDHkddbUrpNqShqqo76ktAZbxB+DmUJ97WAX6lAaknjVKYmMT\ngxCgb69w4hVxCcWMutU9RQC+u578IXOWWVUZk1YxLLu2j/rObjlJqv4gTuqABPpurDrw0PJoU2byybSO\nG28MEOHAkAuunbTxvVYE1d25Ban6h7wAjB+Bt461H/Tvxwp4ECcRYGRiYEZdV+s+6EQhb2J+gSYtKxyH\nZ6kTMk4ynbyMD5RF0s1G/3obks5oPXJyAfXPqZtHUwhT3adBoB8ZxqL0Rrt42bJUcUeHj6MWA9Btn32o\n9ZpVs8NXS8K6H4Va6DrZ8SsTdY3D9h1+6spcjiLeAhHJHj74/l69YyTyDW9FMfBeG1Wb59ITcdAlp2GM\nhC9WiKwC35QwP66fr80fDI2EKTQmxIF7kWlbawUB8B0/x1MZDsDtiw0ImBJRyqrtXWpvelSGmUYdgoM1\nYVrd0PLYymiw27rgbttUgdaUiwrjNKmfIavsHNBCO5jmHdVTld7xy8PniwrCFImtQvTdjULuRt3uPVIZ\nq2K336i3uC49lukBQWVSw+4V7pgShkp92292QrJ+NmcJu5RbVJEwuxvaaUU+jI0Jo9mLCFDSosGkdTfB\nzi50KvxXFLNIxLjSoz8cIYeDKvaqCHLdD63qUXe575ZTLelpihdDRjGp+NADZPYlZZpWRn0UJfeOCgQ1\nNokNGVRMgyk9zIi3rDds0JDlbWeJh8jus13QX000ShzCDZYlRGnvbkMnUYkci6EN9bQKM3Ne+2DoC8ct\nLApoKlWUYvHKZ/HIqfvAYR7WlgULzwsXj6LMzh2ob1ogeEz2whrOYJA2vPA1xqJ18KD90/d+kK0iF63F\nx7eaQVQPdQoHooY+uZbjhN22zXlX7DNPgpjR7IEwirmatyM9Prvbw7EbJbXM/qTVcpiLQixj1J3ZiogA\nyE1eMwQKsz4EbtaFartYEBC2OewhRfD1EYLv1ctaVAVqjdMYYf21rsrjfh0GliOycbf72ohACuPixJGc\nKpWDm9jBsSZ83GCHx5TTUcuRl63DuevxKkxWhU1IHFESgpOLs5CGFf8RI225dZNo/evXUVKsmovKNgUm\nbRmlj0atk8kERyKbhn1Kjku1H9t/CtnasFTJhzzYWvytvtOcszSEiw6tp8ZF2OnlU4Cf+5kI+HyHpruT\nV0Q+wwQN1gf6zItAmXmQYCI4/b02BhQcML+5YrnIjjG+lR6+ppHjdgmWk1srkqfhesMguEyBG/kQrW77\ndAEfkEzkxD1UnGvSzmXWSziIJHnraXX44f7ELnQPi1g6E25ahpjZPFcsFRBkG03C/IpcBA0SGadaklAF\nhqPb9+7jBwhN7iXpWTC5FD+zWQ7D2EfInwKmz+bnU8lpl/u6mnOojWipOgONp4Ot7x8aN18qvsV4VMEA\nTJhATIZsRYBCMjPcBoMXQtcoES6iKpDsM5Qc6SlWDPeFIhRi//Qpgc8FYwYkNdn9SfqDIhJzrsjSKMGh\nIKqdItwtUdm+Iu1hE9z9BTfr4LS7wwQHVuEQ9larfjZHQ1YuDT+rIAWnUV/V36K9qD6SdntxpzjtAYyK\npVck/e7NNoTvOzh8/1Zmbo7y9MizmbmVtu1514Fo8ohL3d+WQYRGLWvHxbqxGJrkMKWEF2I3KXXolfjY\ndNvUPWfpq5BdonMFv27LhMJQVoEk3a7bGioWROuC9S24TyIm22C1eHQaT+w7EmzEgXYOj1iC1tgelvP7\nnaFh7pHfQlVxyp7LgzB8o4gL7mZbNQI+ZVteS6F5VYorx326BNxWjvi+48AarMnETJJn6TZXypYcHbji\nBhMn8lZh4bWre4496jIafRp7Xp7B9+p5J/JiTiSY4+okXEVkPQcF5HqUBmO6V/mhFDTjuuj5cko6JMqj\nI84ygDz5AYnTRE5tA5q0RezyjC9X0LRrtO8wWeyyg9zX19O5eahNnrORipM6KZflSZPpPufm+NdVCGni\ndOimZ1O1/1fPQog+sWKaEIrrluo+UTxa0d5WJxIpl1UGiG6eKzV/nSbTDzZLSdiFCqarH1A7vOWfNEG4\nAY+QRRR4LAIMUm7WFCSr7OpCh0QFKd7NTfcQZeQtWgZOIuNYI+GxIp7dLbtuWuITq1DO1S2ScK/tNmMv\nL9/AHYVOL+V7EzemkdzPqnNOxt26FJGHcAG4htJ+5AdslXfNFnq4hPZ68IqagedK2b+eTIVMClPNa/Zs\nYLkN1RxEjs0awhOHfiR7En4WB4DerUZIgFto8pCK5JgbRbb4a9+2gPU0FhS1sZtAXCzkvxnNkOzDnk6x\nJymEZQjfBuHiqI8VpRawoywsJKGmmQdVE1ZYosA72u/QrfNUxZ5UuNNco24FdfWdDKdxxwwtswxgGj1I\nPGCbBZlZyMKNLpwJAuJskeGDsvYvtACs1Wph4ejRo/Prg8F6zyvsqM0YgbCWsyy2Ys9D50XS4VOUUZnN\nSl0tHBLAtnt2/57ZlyquOIFwXjQoA/q12UviHNtsnlf8ERYV4hTett3/Obtm1CixEzHLf3e/tKv9zM4M\nU8XjGVmvFRuv5RYEg1I7a95BdyT5jjt23DNmMg2ewhxxEUc8JJXyv3sRRRkM/QTqQujbfTChK2qvlyre\nMIfbDixn1zcsa1Wg6Am4923A+qGq328mvSPWAeW+1iyeW8IouyYfkMMLDh2GSkrI/AMtYkunZz/LFiDT\nm2SItBmHHwlondCeZc/ciH0h9pXhmJoUCK+liRVJvL1ZJNBLWqtO8Xx31EUlHWtwqyBZ9vYP2oG/Yy6D\n4UQ1UqDWUhodZl3biAwU2WRRx91l0arKLLWU1c7ddnitstx1XQrdIaBlhrbryt8SSD/pg9oz3mWf8UY3\nWb8tpWJqNqapzDcOHRiia4q2tJphiKq0RkucyrNfO7gDfnS/S/9m1sFGyifOF5mDEWiB1aqToYyEZWea\nYHE/Y4dH6WkAJBvRvWSd06Vx3wTF1jJvqcr6ZzFL9T88NjM4JBFHbojZ/MjTOwegGyDDYi5D5/+O60o6\nfpw66gryNEUqpT3stNq8CYTuSHhQATCf/VWx5ROP1/oT+4MnHVr1YmAlN1EPW/fdKDe3fF8laWJvx75q\nxmewbGn3O9qJEQkVPBqOq8WDZGsvLNz9gPU4xsWLrUhHSkk1hIljr8jQo0VSebP5sz9rQ9Iugbbdb/0R\nSsut/dedO5e/3cb/Z5LrwUruCTQ45yWl5Ck7l1xpZ6ZmOTiyLRUVnA35BBqK9KEJpB33W2VQrNtU1CQ0\nF61PsnOkSKXMC2Zn+zHumZO/EFgJNEg6R64nJnkqto3nhVfbWcqyzF8e08KVW3qEgNEeQrsewI3Ug1xJ\nW25zM/N95EPpm7SAfWoFOrp0Jsd2KrRkm8PWsSJLUexO1cnteTO+y+5NAODSmLbnI2Ez7ouvMxyouLN5\nATgLVFo3eD7W/q8kJe9O0ccypoPSNC3McLW6M6qo2+eXs2hidkzNZMNYJBWwIkq0aHfBZhbo/mwtmKPT\nW4v9OTOGi7gVobihF5flPiZK7ARpwXzLEVygHmGvcNSl0mt70bHN3h6dQa2qBlRtkb5UyZYknkpHqkoD\nloNnU9Fte8Kv2PHWuAP+ULbPg/8R4haIYe3kTfYMs6Njh7tCXF9waW27xRxGVjNJtKDcH4qSEybQFEkD\nR/o89L4XsshDwSrKG3XXJsGiDaldf4U4XO11UsJK9bsxLgjgu0OK70dl320ZO8qr2fLBAojESp0ANyhK\n3LCQfZ2qjqqaj62TBwaoDs6pNJcxvZqZba3Pa3t5CvVULXSOUowh8jtrLm/BGoY75jtFq1eyle0z+Hw8\nMsfd8+Lb2nTOzEzm2COQ1gsNuRYoWdzrWY174PW2Z0STwey1r6atGINxB4Z5QXDOUJwtUiiZ09RDHd9s\nYVB7soBikYW2Q8aE5zW5GE4OifrIVR6ftdf3FS24NYMGFxlaoSvUltq/nFNalKljfHWlzckTWS58TxXj\nzvxqBJkZsul2qzaK0TLUWlpP2TuIEjOj4msolmJPHtZH18PSvHufZVuVC6GGTyS527BmkdEDmwN91sqc\nY862vW1Zb7b+DiRFOP0Jn0nBIchKD8Jf2MpyUdzkeneOV/Cd7IDMgnyFPH4upe6wjepKusaa36NASpFk\n3Q5kthCNON/3MneqnbQFCvmm8RpujO0vlT6m7xbnl3+eOC8Ge4aaQFnctwhFMyom8TqEqTTsZ29zOaxS\nAhC/B+C82WS5TZ0XhehKgMCzkKUjX4G+C5iyDWjClzv8gDAIrhFnfxL4X0n94yClKrHzl/3Wk9k+E9A8\nh7Wk6tW44AOeCUqLdwvbK1wL7cOtYh2KGJYQ/B83nuYLvBQ0F+PMZa7WnzcyRggV6azRv23cr1NIF2mL\n66g/KFLebVgFRbQ3iX0Pc3U5Q8wzmeY5OX4x6jBmNljkMJRFS0BAduYBbJu1AMSsy6AQHd5ibUhPW/GF\n/ZnfkSUVnGuo1YzbcE+nHrMbhwx/CmBk+++x4KjiubLtqsjOMuXpXH0WdkbhuSOBeRQCpgab01VS3l1n\nDWOnKizo+SumLomraZCQdb4Pt4lUq3TkYCFPOcxmftyBUSsWiIxonL/WLC5x2OHKPQlhvC/zwR1pyGmc\n0faazIbpS1tM7UylhKEcRV/YU5klGVU8TMzaSBpBR7XWVwa97mLSlmNomMXoCRdKRCXsaS29rlatCUU8\nWFq2+Ho5LA4cGHGFUFy1iXUs+1nznblKV9ljDr9FqHM+R+iS665h5LeINYi+bm3pFQZTI/q9P8VSVJgV\n1kQ3fBM/C7L8ewGF6MIdmofagHO27w36niknQCaDb5IzE3uLvGXhXgKY6Kg6ojYTNHw48vPLq8wr7LsV\nXAo/W9k3bm8TrZVx2YOLyk2TmSnfITLwg6tUixGWimNiHdnsi71xOTucEuPJ+ZVOkW0yOn3TyWI7Oh+J\nF7B9tfVZog4EYw7MoRWcsANs8m5EuxpcZzTY6iRVcCJf2TXUkc1icdtDxxXJBrdbCFdQ9pp5g8YriIxU\nhDoxexrVNIx+9sIjyAeoP50c1XL6uB86FZA+msc9RBWWn4UGBJAy8YXsatortF/xrK9CB0+1dsOOJYK4\nHLKYZuwdPEN9EaSyv8wIJrJmwxyyr03zpyBi9uBq1fqRyAOE/hrmUvgxWJsCsmvmMKFwNPzZ4Pk6xtiv\nn9G9fJ9UqQweOgm+1QatMrd7Bp+nBKm0ZlmlPUu8cEtqUCsOzs6uznKrOS8lOdWbJwFAFWnp/9oDuMyB\nA7Mi+dQEAj+0svvY1UNVHRnCVVkbWFQpe4xzfFilJCzWW+Tt60wFPzBy/ryjWDuwV5EEgr+QAfRndHXF\nEAZRLNl2ISAsPT64l55RQhN5lVL2VTpz50LRj+uoAX5OZSmaLM4T9P8Jc6N22HqaOcrTwhzpJAuG9Uko\nKqa90ZU0PWOWUDfZOZVUH7B1+JpFABqfl9+OYjq9NOdtfyO5GTHG1kogLHxTBznLpidEzlHWdNfaCIwG\n0EWOtyURvd2HocY6TrlV71su/lTI2967l/bkV2mXBuNRMIgEQGyCeY35wOhwJepkyuKOHP7kTB8vTEub\nAP1WMs/vdHC/vtYXynGs+xpXWzNXtRHaQzuYMo867LJteI3P48aH9ljt7SG/jSPPmRIeQWljkpmdOWR4\nxg/2QKajPW21gc7yV2HRF3dvAtod+XjtLUVkF+eSXcRsfJEkktE/3EbqtWo2ozkvZw+cwQ+LKkH8zSYx\n0yf288S80t7o5O3+gHsOFo1so9hxquTg2HgdaEFucytZ/Ed16rWeU11pWJUCNXE/2WTFCM+1al8S83A1\nPJPeBMIqJPQhhoZRcTj3kXpVvWkdM5sFslv1ZuQp3M7Bhhtxm5L5mtQtXLP+ZMFBI27XOSqc50PN8aNg\nfgw2E0sExIbwf53F5GdZ2kPmWe9sNArNb9jhjdAKyVedC7oPxmUkyDX50GE7Mc4TFcbF0S2oksB9QzMC\na0D7pHpSh/io53GAUeAswq6XtEbrI7RqFzXLSbe2XwL3qsy924ot36mp6BdECfK0lut+kotQ3D7BukTA\nGvl6dxCUdZk9nTiwjiVykMskzmpVXhB7+5AtIu1dOvuDber7zDjitCUBXW57ExVcEzydDoW2H8zOaqoE\nb4MUNuLSA6/dHLkGO91lG0NzAf3T+k0HPYlNiDvxhLI/M+2f3Qv/x//e/M637P//YWG92vFNeAJHi+rb\ni26T8CwHISvpZAeiBIW/NwaJTJPoLfCDbMfcSGeZbSGiEDbbMgJQYqcn+0d7UaajBJVoz+P8wY4qy+l8\n+CL19S5Rae/lj45/+AHVCa9Soe5//P1G6ItBkev2uVd+8bPvf3L13O0XnlBVaP/92on0++0Xn/rFn30P\nxZefu/rJ9eu3L/zx7e9/8On1F3/xww9+8cQzn77ztv3v56dvfPLejz65+u4n1566/afPfvL+iz+/9O7P\n333JPvnzcy/cvvT8Z68/5uuOaXDriaFgBlFbBSCC1YHH65Qqty2ScbAua+MOAjTg+Th+JpQwyy44lLj+\nzZdVlDleHzSqTMfoMioPrZQPlyyyLBR4qWT9BDWYdX0gA+wT99UrQ9rDrDpspraUGFx3cwzjNXASQRR3\nLc+mjlR/Qx1MKGy2z1gGMgPXUcEgNKM7UJw2ngt6K/rd9sX0Oy4WubMK5e42K4crRLxukKNEovSzwCEp\ngg+0xUqUHy2p3AfNQCj0/ZjKhieg/NfqQobu5kfPSE0S6n+uxdjqdkJd8jhVH6nKKPVJu8Jl6m+GWmGo\ncUKRMd3ro+cwhzk7L+bXcd1Oag1KjTLuzb/f//B9alW+zZl/BX8l5UKoFaZr2qdwxbeoU3ktu1emjUh9\nxavUFNU9QxPzcrr+ZaojhrblVb5HZU3ru7+k6qZUDpNOpn267cNHoXNJzch37XnxLFA0fQqqoa7YeSnT\nCr3kPXwBCp1QF/U+gQZlq2552Z6e/WPjEn0D9caL6Fd7onddefECVUy/Y89+0V5zBdAPL/EqH9j3vpNp\nSF7Onv0C+0nKne+6iii1J6li+q637m3psHLE9JmrfKa3XEcVMwBPRh1P6kFKLfN9u8N1tuCqX8fHEcqV\nVJa0e9sT4u8n2ALMz9S2D3/SzlvpYHJuvWc/T/qsuZZ9F8/yAfU3b0D5kqN4BZqynIF8cvvuB9Q0vcD+\nUXulzfqB5rqN19WkFIt3P3Ad2vf4HP6ZqWe5kY3FVd2Pc+5GO4d5Z82Aq7G+qM958sOXs7XznjRioSWa\nVFQvcR69j+fj07br5TL62kaY6yvTAL3caoRaWx7lpy9aK56TjqqvKSncanzf5xrAvP2uzdz3uW6O22/v\nuf7uk3n7uR4v+Aq8xvG/QJXYk7wO7vuO3audwxjHdh0lPVTNOvY39p8/dy1b65+sNvdJVmG+ELWkT3n9\ncdVAR8npKC3tJaRVI9s+8Czfej5+uRHVse0zL7clyNvrqJD0a9k1z0b5cpaZxusn+cq5qKZ9OmvPcZZo\nv9F+Hv9ebtuGot6pWrfue43Vvc/E9Z+Pz7wR9dBTiWoWEPfP6yle9ArmuqaXbn+pvVd7X5Xwfoq/PM/P\nv5kVxb7K26m1eq53+O/jfK7noyr3B1Ga/AobpkLw0Wy8/kN2zkvTz3i8fS7Vzvaa46mXno8C6K9HqfdT\nWX151Z3Xw57nff8ivqX+fyX6JD2vjex7vG96xpPxmZf4IFdYNf7ZKNKdxvrFGMEz0bdxzVefzAqan427\np7E+HgXBz0SN8pPx7GdjjI57jXjvqxhHvP4Gr/9jXjb1uVpyge18J0b8JF9Mn/lOlG6/ODUfvN+usetO\n+y++LtIcOB5PrcLur8W9XuSTnkS9eG//1agFf7V95DRv/Qrsf3z+xayvLscKusrLnon+POMF7ts2q69+\nGCXUL7bP5b16nO15Ij7P5uHKp9nmC+zJk+yli+3Y+Tq6EaXkH8/2jcvx+pl2DqvfMMfeiK9ci8/rM1dj\nnV5j807zk5pvmv8vRZ+cjkG5EnNAbb7iDda4t3M19eETsd6f5NWuRJ+8lu0Px7NnzPYcf6LoUtw3tecC\nq9WnfYb3xdXOZ/Mnzc/jMUsv8y0WsvfxeiGbY6dizrzKm6a1prXwwvT+eZzf0lo7z2f/IK6j+a9N/vnp\nPf9afOa1bM5oYl/M9oGfRZ+8ETv5ad+j8JXz0bAf8InS9S/ECnqv7Qe89Xi8dTZG/EyMAluibmnX+wtT\ne0U7uLHWfJ5f9odN+4P/qbHQ3HuG1+e08V36QnvG+fOmfj7FP6/yM29EI5/zZ/TPXI0Bupg94xPx7wu8\nwmW+/k52Vl7w72Lf0Hn3ahp3qkVDF/tpKiS/TT3pR5Pq86Vb74Ri88cnoC798Sm+foWKyK1Ws5SUT926\nSDXvpAOeFJZfzzSW37QrvAldcOhphzI4Xp3SEH9Myti438cn/V7hAVNVmrrXev0NtMnVpi+46jh+P4fP\n+jXPfXySV1J73qLudVzzdXvvFBSp7TpX/fNQ6H6cn4K+9ROhUU4V6VeSNvlbt37Cp4DW+Jnsvk9Sn5tt\nc4VzKVJfomq3FL+hzX0Kz88+DWXst6hv/rj0xqVdTR3xS9Sf1uuPUsX8rPfb43zKM1KsvnUWz4/r8NUr\n1Et/mq9Dxfws+iB9lxrdrtd9ht94068v3XK1B9d+x5/xvM2Dp29d4hXfSnrdP8v+vUwFbe/zVuvcZkbb\nJ+ehh+7j/oara7fa8U/E62lMoe99DXMvxiKe8dZraI36wa7qiuPWX49TuTzUvWNcMPPe8vnzpv32JK+M\n+X/d/oJO+mW2IObGGSq+n/W2XcXrjCsi8ge3vS0nisj/3gxmJm1wx55SUmN9PPToZb99h3LTEVam+DDY\neIPN2R1MhkivZQIUDyJ7KqK1Wg9Xx5secZzPscE5Jr9Z+hwSs81tZ2JWwHlAB8Fztq2eUu1y1p1U5D20\nNMlAP4KSuvP2TyeERIdKtYd8IsJh9yO/s7oxhuyJyBae+d3L5F9kZhhkjzDs1hBlrT2hkWEgvrgWIHQy\nBe7JUK/FprJQZb+yRyHOPQGDo8C4C/5kwRTkSToCkXUYelZRpb0dRDaT0tnB8RbSg8V+1OTKocVFW9e0\nN5l7gAFvh8luHVtsG95K/dVVc3c+d+ZHg/uQld1vXTbbIpCoLNDC61wm2YP+92QgkjmPZIs0iXFIct+O\nUV6DCgd0whuqkKDy8/3gFyKK169KZBOHpWQxhlkurqZOXko+FqrY513F2HaIqY0kYkssissMbgh10vK2\nAavIMUAph81UhOvBziOdwaxxpIIO2ty9Byp2gJvmeJNWUIY0R1yInE7AfJIyvDUnxGi4whzcoEh7Uut1\nKIXDhuuQuhYOm0WrU2HZ2RxmfSiDwiDrxfSFTQ2RHSIwXrRadPbKl5FWpCov6Il50hT5lCPMUYM12sru\n7+0sFhlx4eFx05JOnFziQmxjpgCU1nPonlAdIDu2IAHhjLUFZD1afJMpoEhHzuQB7iJHDYfOQCXtisAw\nWV97hQIVtS9brJWUBVyP2rWqPKVh02WotAMF1oecly6fSVyCY0Qy/fKlBZVWiK0zZ2m42k/AIEnSWrHZ\ndZiKSUOvzlok5jvuk1Gve5O2LLOtBeZepAUynAILLWbIUQiXJtm73kTotW/lUDZvN0c7YAFLOd5ikJMb\nWj1/1W2m7Il9Zn3PwrGdzYY9y1GbjTtbPgrXqTTqmU15IEOQzzkKQniSDF9UtXJ2jsr0Eouc9lnepcU4\nItmbI0Ziq1Z+B/RpiC9BfSjHuM21CU376IILYfO4SzJ5EvSI2uY9F+woV4UyaCWZAe+RLrznvPuZRmUi\nUlCqBalOfAq6qhuDTcTVVQZcBP5SIN40o7Al5ejPRttZwtVIa4dAwcSQJAq+amueNzlU74u9EP5RQlIK\nnTrpigwj3ClaPYvlqURqAg65/lAMXtVVisxhSAfsbNkZgJIj417fh1e1wYlYDHHohF8n5jvAYqka6H6A\nJTQhBR8ITU/hU+zkS+V+2x22LvsusKKi7g5x0h/5wxUtGcy25fmcZiIN9tAVCZwWhj7jvWyfORCCGISn\nE/JYcL5UOQ503gsbqwSwr586OtEVMjE7He/NrPShEArAHhVIUkH4kooqPpyVvEhI5MaRV1pZToPcGMR2\nm+FJexPs8VtboSrsguE8Xbi/JUy+mVbEpOJjS1PoYwd+iwWvNKgyrIeQLA4RFclas3wrspBewpmX1OKV\nkEDUOeWkSKQqIkLAiJhxSkSC/GD7btUxC4paueZlzWpxXsm3CIn9EM2wbSKVZ26pZPYxaWS7VDZSsymP\nLW5QEBOCLLNJ/WmcjgHhbCkCnSKWmbTNErDGJsK+fPdvQXvWgm05cTZT+etNciZpE+ck9xDikZ3n2i2y\nejtFW0emluZlEvUpW+4bJXUIp2GPpo0uoNcyL6a5BNYcCdXhZLBTsWUKQPBu0kdNSHLRkn4D5k4Sk8QU\nG1E32nX8ihwPT+pyXeo4bAsZF61kWwH7YDQYHC4C4xPaUZw7GWGoN1nyPZU/QixbWye0bGMqEGBVgIJq\nn8gEBKEgGoRW23Ltda/nY//kBN253DxuQkd8Iq6CzwNXL2PBYAIg25qettrvcraiC362XK7mENVKHckF\nAzDQtXv2Z3C8uQPT7oufp+wVDGeUmHE5Iz+DMdPsTjwPVwZmUof81WxOAc3QaJ0iE/cEILypm6RcleSc\nHYoSlPEm5EcJgBO9KvQ5IDABTCD+yGmbTWsJ8YI+4cZmlOCQOIRVKGWGXouJy7CBFB7HLJObulb3NotQ\n2N4pFqIIvlE1gZMiiJTaKVqjpG686H2I8XlNZuztDlgTkGwMHslqxUqegHC1im1tURG7iGPFCqLA6yi0\n7Me72WKBD3RVJq7IthCvXW1bTkXEeZqwYtive7WTVu/NgPbFvnw5J5F9fMxlM3QyZRW5ipLMoipRvmJe\nE38bujMw90NEgEyaUJCCuTpleybOaiPZDqlyAM335VY9a7DWCkUTe3WkSuCr6HgCAInAExXSOiTnqR2p\nofr0/0O2nxOEjehIFH2whRGUCOwh6bRlrZxUFaQpnE1vq4SOWZgePP42KX46WFvOmduZAwV6op8j4L+E\nfh4JbbnQQMHKyEG9j3MOIMcmV7WvZvJDQpa7/5FoA85XbqFbSXyeyMJgMkjTPKab3WdmalYlVdF6kFCu\n/EFtxNCCai0hgJCJON7p0zmnwpIOxJneVFKi3fLiA4lsi/Mnm7C2J1ZRE979eskIQVCDqD6P6eRblfbw\nwBbP5ENS9rh1SYwWSyZRK1sxbJgREQsgmdTlsrkacgWHxsNJUDLrd6P8CHVhQGPzo63uZ8ShhWXBsYKu\nnIs3ZPLsjU6FkPtyv127WB4923SyHop5c6tp1emdwqThx/6cZNN79RGxpHz2RgWQ3uSeQYYV/mpu+2fC\ndpQ1ag804Th9sQeX2gGBAel2Yfgwi5ZbaasaqNooFFZIRwn4WjrD8ufou40awf8kMjQJ15eeNKzktKsJ\nUemaMjmVpfTCVY9wBS/kDNsy5xcTpBW1SaJ+B3HHIHXIhbQ2eqWtsgvt8UMJQmwWo714pI7N28GV8jeJ\nXgwfvZWfwobvhfwYFnGCshiPGZPZHjtBKR0vnQDZ9m7NlmHWS4mWao2EkyVXZE44yzRYRWA2bcaLiaNJ\nkVs1dF9S9Ks3KLv7zYI0a5ja7W2cWRJe6qmcw1L2JHTpTBQJLuGQIcozUa5Q3TzzKJOVivFivDeqigQE\nn9ot91Td9pCgFFYAUpPTRQ3jIiPwo88eCoIOQ0Duo3RRCb4Aj+coMG2y+QJzGRwbB9EnsGhpG0mCrS9m\nnIylnPcwyapZ4bAggvZoNTSLMheHLL8W2h3YCNI2CEa3I4XV6vQOLDsiucMfss6te+Hwcoft9+1F0C3g\nT4ZuTf7YzbKHfhhHHbnynYyzux4sHnjwULHvvkN3f9VF4mV5jliSaeH3G7veXh2hDlVtobY2BTfywEAA\nb8esPNMqQfcmbUQGe1/SDBg0mYtguxL0uTZDC8+lBzX9c/2ZPo2FMCxa6LeouMEybqrFnL3Y7sg2cRaz\nyhR75LmGAmvSdxlR+K/NEPj5orNcPevfWSmtF8riftuZJ+P+YNgcNovv8ObNV3v6oz/hT2l4/fXLVPHy\nNAQhpz0s1bVWfEt5kAQJRcP5h5dkbCuelZsr9fqYq+OuAc5M1Ia9Y664o+yqNr0H1+pNUFSYozCTIyq2\nu4ZE5k9EQkU+wh7HZrsfkyuC2CpYzo2IJGLlst1r4Dl4fycnX+FjFR/1OyzlwbnlvfANf/t39/32l+6x\n/y1NpUbip00O804WptJA396RL8v5JpMGmt031RN7i755FfuGw3ICksFUrGfqxFn8GrDBozHLZUzmOsu5\nJsXU3Zf33sGZYXtnNbqj8OpTbiPPFXnwfqlXZ6okLOyZKhdmkqLYq0csreRPpPSHCgh1ipmpAHoq26rs\nGLpMzDYIcUZJCs8w5BpF82z0vD90MRWskJxE6PJnWvMIfrTCJd3J/FQcu9ifp/AajVQ0JjiSigLt3Jn3\n/UMQdSpUCYMilX4wILkC46lIcj5Y8xttUa+p+ATea40YdXJi0pYtc1mKiq0dE97xqvdSO1uPkM3WHllT\nK2BGMbbGrdOpfR07faYlWEylVnyTxAYVXMS0/nKFB9t58nTEzqwWnI37nW1NCbvalKs7szSVksiUesF7\n8CoO+t6SpphnZkgzSwxynkfJZqjbWBIY0DsWi4eb+bpb7LUZ31ZX2LXrtztT22khPtR+czYHALEzeh7B\nybXcGC2mMiy7R3k4BNV1raEpmo05kqq4bHH2bPrsmX+4yZZOVugVj6XtLTLjZNvdrX1r9uh8Vn9sVib7\nqIt/hsspboWpVB7Ic7lzxVTUZP8jlZ09UWvOU+d/gCJOg8026wQbBck/miR0rKWJF9zx2akQGJQH2wpZ\nmT5eSo4EF65NzTHpxee6Qz1xh+sP2Q40swQVYVtAyV9dnrqM1010h2Z2KkW+bWoLW57KKLXsSrQ1q9iH\noz6nJy9L2DliQx6b871ntRyuUKLKtpVuNTPlBcdzMlOwc2EqYJzVtVMhyGwnWppKyIajqOoph+r/fv0D\nu/Uf1v/93SdGCv80biT7wmOJyj1f3DWVWphK4yzRYHR1oqobuX1YH51i6nCamXJ2i2rVLN+mLiUNLGs2\nIlWt2gX6c2nKn6FSC3VlwyCTCY7IaE2/NEpiTkUbCvfvPZGtmHLsbh5L91HpTDmuU+G3wkuA+Ug37Ruj\nEKveiU0c2AtMxCJyC+5A+P4SoAqhNzKtndgVUWdLL3C6Jea1l2y1g7U/GLWOGSZq8gdoUZvXB2UTBw2o\nomakyVszE7Muad4Tb9BmbNDQTOjOfbK24Pu+PPVUZHV+zJ1NJwn9v6Wpo7mYMmdUTy7aQ98hyR1wx3S6\ndy3DNyW12x2FyifhB4gnp/WmytXLVIxKjhnDHXiF8TVIt9RQtuEiz6LVNj2m7JDtU6u4yCrNMoQSezUu\nun1q3Xq1Zz9NppLN0k4bho4+a7ylxEQWkoArWeRaeFnRjxR7WImjxFe4Fm7upUH3I54UplnYVNrBYCXX\naXttSy0gwpIVxS5QXhJAoWDQVqkqCe9e5JbxFO6mmPIli8Up/FKm1MAVkIGemlYdiugBwANSIetMu92m\nUatVRottamfPSvd9/uyoi6kJM2WXAxrlQtFoIXX7WYoSczDSwFJ7GlY8h30fYQ+mHPkfol5ccstV3TH6\nDSoqnLiMmvJ7yZPNRPF2bx3LdDQ8Wuh63ggPSGLC1+226QfM46TYIG0v6nmkx4N8cgebKJ4gju2Uo5cC\nxAraZTqfhVRAMj6tazN5tC9FYbgXTIVzp5o5mp1C4gm2QroteLZthI1zMFS9saqosZGCOPnqa6pI/alf\ndmdqgp7nSX3tzHEPG7hsvrv9Wd1B7/k2LzszldLMyhIWKuDBjB1TLy2PFnuZh2BS3joJ5hMFotSw52J8\nSSNQtGclq0gFvaW2LhMLkSCMhNq2WAHfgHnaAl3KrXpUxrrdPpPhjRpXpgxusdAcY6VJj91/3712+ny1\nokQJ85AJptZgR+tG7XZaVqk/pxImTTMerqlCSrLkkpYakAO2ABm7W518w87O1qNPqeiQnM8MvQNTdnl4\nWaluQVa5T9WEQp2ckWTv4qp7V1txPtZtFaHd/VP+kU5RHGYYNS6lVOptaiavZuo69skpp3V7vaYi1yx8\ntQa9aNUdQMuAHKtTGj7h4jiablE/4P2pOeGyaoM2n4V43FaVjfu+VqnC7jIztb3Faa9dgP2SzpXZqeU/\nBdgja7+FAqmw9WhDxS6UVYsdemE5n2jFFESS62g8BOjTV1Wrm7Polufa2tq3Z+ZnpjeKjVRQhtHLVHsW\nKaqpic3ES9qXaEGkgJ17iuERtXXF7SpTqQKmuFvs7lRTVrLajdYjsu1H1D+xQ28QyUO8tDzlQk9F1HZ6\n9bF2L4g8g2fgXGCMZ2PgthiRaAuC292TiBzvmWVj7ZOy1QPDyVqNyZLzowcLHgGGjarIrsvseqjU5FAD\n+5HjJYrMWJrZPjMVI1c1r1QeJ8E7uStm7bQ104bcfUYiheJIh6NeXEEGv1cm8b2nvSaKsHWm8BZZ5doC\nhy33rIjYe+nDvZ3+oFOo0FuUXj5wYM7sX2sXHXm0pS0FHGHYeojyTW3ylCOWoxUFZk3+ZskgQyA0rF+y\narFJxC2Uu7x0t6zDKkty5Wp6drR7yrt2BaZWKbAoUx0GooGTLMxg4AVo2t6X3yYvIPPx+GPqbMTmkVl5\nrRfFfaItVG6WQiuTLfuMSTvPqtJXSwUeA5+aVahJ5xUjWK5varPAT+Ym+X+tGmgWVIRlHJ2uWnqDIhNM\nc2iyr5UomurLrMhPdEVjAveR+TkbrPK6qtLZKkBfFUmffNKi2dMTYUtmiaepPWRLvnJUAt227fN3b8ub\nZ8eW9e4ULDAStG6fedbCF8VU8Hw1dgEl5Kbw+XOtRhYgf1P++9IUhtxW2FZzeLABbbzmsE33PJbw4Y/B\n/ZeaxofXwF1u/0rWfaazUG/pL7LTyUcnz/sGVQiCgZ+/d4088nedI389Z6Xbu38hLvr/+D0oALTX/OiZ\nDy9SY0AqCNkn7f3nXHuBegP867rY8c7yzu/wirUAfPCr5Kdnygv2V3tNqBGcmNICyDjwH32XqiPQc8A1\nL1LvQBxzaCOcSNd4nzz0J1KvUE2CvfE++fB/Snb7RTLJn/NeuUGVgatT3H2oBlwmG/19akq8PPV8YOo/\nm3QZTlAL4u2PHsXdWpUDfNKZ/RecGX+d/Hq0533eNd0Bo5T1xGX+vETuu38vvffehz/mp9+lqsEFZ6M9\nfuvsrTc/fir99nQwhMjiukIml/OpWnabWHOJx/YWeUevkU0WjLvgGb1in7lif708xeISn+rsrcsZO+n1\n/JNsjV3TWVWviE3lvCdw/N6w7z3m750kZ0pXuXLrOthd/gwnwAGzTz7p33uL7LEzU0y2aAsYbNGWV26d\nJ//tLedsncgYZK9M/XWWz/s0eIP46+OTLVcrOGB+v/NkjL2ja7Inz9q/15zJ9TRYcH4/8dHO2VWu2XfF\nYXvMOWJnQzXH+/PJjM/2CniI7d3zZ7A7nQV/Lb13XXxAFEUze1CAmuFiKoSpkygqvfiB35mO6mYlhbGd\nevmVIMFgu8OG5rlS5Fy+1RbMW/qt7mCVmlQMPrqyp22JFbJES9MB46nMnFm+01v5dHKnaQNh6xXSelMh\n3RmCSFZRmHaVUNtIPcHPB3RR8cOUrMwTN01EdrxVHt1Q3rtTZNZeOlyg0ylQ4sz04ReXivh4G0ag8zwV\n2qYvmvlrOxanXNUp07+zvGM6C7cyldNpn3d1MDhcfy6CuPBt9NU3ZTvv2bWY1xCxC0Qdc7/U/HSyA8ds\n5h1Nob5mZvLksZ2dS9OjkqXfcOXOFLag0/I2+G5bS5B/ehI15pU8thSW7CxPRQ2nra8lc3T1+aODYbeZ\ni2xtoXStF/COG+UVH+y1hWlrzVp1tOr12rIFRa7ivn06mOG94sWwZ7Kq7WHSePRX1o2Av14x1o29xFqZ\ncnj2TKeqlorpVHwkA9x6+TJr3idJ3ukQ5xc982qz8SHr7kkrNKdmtGkL8IE8DRZBIE7ktpZ3p5haKy3c\nTDMeTm1rUz44xOodHCv2b4yHqxtZ4WJ8eNrvJb4rWzwCsmwQamZG3Ld3zOaWlsY6HrdJOFZd2qdZbGe4\n3APMChCml5am8MsZ1GM87M0yxty6pM3nvJ9Iy8kcnmJX9pNXmwWs2jQF75v5PZkkID7fei4KhBVTSRXG\njdr+C3aVez4toLcAYnJ6N1s+mmpac6pQCvUbEC/HpfdmNbwzoz+82dD+9ZLIZpiGpqT7nrmQexZNwru5\nRrFwaKnsC6IpU3m2KA8+bt2BIlRyGXLKw5BF7tvZiOYIKsZher1yK22U5ES20ddUu1LvquiMI2ZXJlkd\neY0glrNuRLTzuqrTa2tgq1pqQFrHAjGU07zTe6c3RonAJ78wC5OFK5vFmb7WV6lFe0IM3vL0FpSDHBkK\nHWw9NBxsleuOtkk1mHnlrFhAEYSdRMiQrJy58ut9QEKrPuI/BxEvtWds88660QHmpdKotFsVt8KMGHvE\n5qz82COhOjmNZ5Fn2cb7pzjU1u5pdI/iuQlOl5NdfLFnWfCpTXT7jDn4eSmrNFe1yTAn4nhJrDLNULck\n9tRNkYOM44gRp3OxmIbhYGlkNXekfFjMShNxR6oyqGKG7ZGq4oc5+AubW+KjYkVT7uMsZTok0JRUgJ4N\nRY7zmd7UxdD/+Y4rw0Cu5EzICiVtE2mkXA0ZkNB1wYcvumLV6RdcxsQVfn4UGikfUAzknMvm+LtXXIXJ\nVV/yViVVmR+EsFISFQmtLdw3Pu8aStbUp/iV86FC80EIy1zLtGWszY9CYwRf+TGv/BPKnpzOVKdeDKmc\n5/3KfqmXQjNHSiwvZJf9GZVhngk1lTPRjKQPIwWk1+LdN6ZEh1z5JJR/klBYGhTvydMu6+SSXCf41hsh\n+fJmfP1kaLy8lmnghCQUbvTn0SrdVxov70TjXwyZsqdC1+g035Ls1Une8UleWYph3wlBp7MhovUKf/9J\n6BHl8i9SK/pZKMA8y57RlV+I+57iPHyW7byBf1+lnJerDF11CR38fjr68LlQptITnYv580M0BpeSGthr\nvNTVGMTXfGL7I1yL542e9Mn2LL+SlK9eD7GjD0JG6XJ03el43tcoJfRSfPdMXOdKjJHmRtKRey0m7emQ\nJHoxVIDOZipn78Rk1i2OxwpK8lNJRed0rKYTsRs8kY3CjVAEkr7Qyy49hA8/HyP+ZqgSnYm18KhfytfR\nd+KCL7Gf035yst0ivDPVpB/FbA9dL7+ytH0uxodjxnpPJtGw6Dp87Hn/Ct6SZFNoeeHPN+NGL8bWBBWp\nYdP8Tl5jY+doOsvDl3Mtd/fuYLAhAzltcM8sfQ6GUUzxynr18ue84pFzRudtL+el5lftEDrcZraK6fNk\n5+dM2pm4fvKry2mXfcfi53JDQC93zdyRgbKn+Jyt2uKTaA7tCT12D8UWdwqXDLp2HyijqOsYVvUSI7Go\nkQaJgGqvEHitt/A5z28GcIy83liSdYnas90u4XP30feohgk/LEJs0XxuABY+FytwDWSzTJuJXWGzM21C\n7h5ROHxv5xvI3B/uLFOTpmiRlxnaG3C8xZnPRQzmiulsfkkTW9Ya+JKfc9aX0v09w7j4uQ4QTqE1VYnV\nyemZxTTiKXN+xMvM6nDBCgpXM3zN5ONS/6Gz3PmcRzVTFFNpVVx493/KiB2eb7qrWivNDpsVoStJqBR3\nTh5RVXDXq4dw0LdGG/b+t9B/3zoC+GrmGma/CujyOT8kw8AC59HkuuD4wkFlnVJJm7zesDg4Wj5uJ+5x\npEYyIKcoI7gme6E/kK3YWZar0mIlc4ojx7uYxoNOz65du3x97DTzsETBD5E0QXlRfCjzoyk6Quc/q62H\nWqyrmMGrcsM70w7/zntIoGWGuWwG/bnPLYdtzZ2TQ+U6Mv6zzY4/2vVfP2faLs1/7oV2JihAdgeb9f/V\ndXW/TZ5X/LqW+B/euqqSaHEMo5pW4rgKga5MbUFdUDvtYnJsJxicOPPrkETVpIUApe0orVRGhaaWrrSk\nGdAUmuFQQqTtHpE7LuFm0v6LPefrec7zgZBCYr+fz+c5v/M7vzMwwH7DgIqPYQMyKGRBQMfvY177PPoe\nWVahXwIfpMdwhh2/U8H6YjXGqaj10KPLj342/+492n609ej+o5u750ANGDFzioPcR6R7BxHwPiLwd1Dr\nGBF28//nGKkAJB/1fv14B2v+3qNv8ewvUCEY9IS3MSbwJUYRNvFbiliQojJqPuP//vEagWc9ZdbA7e+e\nxzgGRAc2OTqxyVGBh/gEl3bPsQ4vqUZDDGYH9YZXSc3WPD+/3+4n/H7bGC9BpWxzxqbfHnj0Nj4rtc9m\nEB2RqICvice6ZArXPg9IN+PKCvGHnxa//lFFElZBqe3JGp9/98kWaObR9Z7cApUyvIPTJqOzPrJafRdQ\n702+x/uj3t66xBE8nbNvzROcpU+CZ3Sad3y/bmeq09PFWmwsn2K5RUy99ATLKuEehWscktx4pQsnVcUK\nQwFbpmM2V9T6UXM/p3VYAYrhRKroSiGY/E2IAZJe6FciwSNXZ46RNUZyxRstBsub485Zhv4ihESbbsHH\nqvOdOZzCOJmlumd2GEpKds2KOOIpN+wpeEgL5CpX/Mgo7DqCOXMTemYLUOLtKdwxRSmPY//XIBItPdIv\nwur1tZLMEYXQ+uC11NEBOXdBrJmx4jgUzRvO3mi2T2O+6zD2i46COAiDT3ZJ7Oj5m82GOf/mB0Aj1Ypn\noUHVp4CbDGXQAN20OUBRoGKgwmzoseJCb7r062K14FialpB4ullrK1gSYCzqzSxvIjoe7nZZaA4h0Udw\nPeSY6HQqeHRgcExTySXaBvzMGyQkqKRxxNqEet+sdadbS8Vq0LV7CpBq0yw1oC47CWMQFgxvBhsqMBmn\nM8JRJ4zFZTatWg5V5ZvZqVYbmDVdkBIMTEfiGtV7dsRYPSQB4Y6d6CCElY1zxVyp4GFfn2MCbfsuB5tz\nJ2tQuQTU3U6ZBzHfNktgYkGrzdRmm7x+uEwec/C7VACKK2hJDaVMjINj3Q6SsH5j/pibgoxhLYRDVB+W\nnkB1JGS8KCkwokUhO0VXU2VlN4mNiMvh8HHB1ISCKeQQZ93bpQ8xxbwsqWm2PbisFNhYiD7mfioUMIPI\nQnUwJkpILEBaHqRKtOq5p/yFmCmTval4U22mw/N4j0zkPaFZUAD+WKYLPZsxM5zpFcGThYK7vNUyrhAk\n8mbvYiQzt0aJrIWOhsbjQBkztLR5+mHYHh2iw0GRJATPoawTdSILVYowhaIy+S7EiDHt6kgVk2JIrbzT\ntlkxcKCX/C2A5lFjEVuxE85ydbXPW1B/UfgoCAFzro29qC6BjfnQs8jJa/VsWoEuxEtMq64ZJlxhk0iL\nNmmlDBUcoe5a0w9KjYeLtHcC7Ip1KIoEvGcZ2r3FTsnYvF1bmPHQApfDA6YWVCVsyAdwuW6r0/ATGTJq\nIN+xYn08jtu1lz1RQp77TnkStl0sTNhV64enXwen0OghvByb2tPchLiFdUxqUzkIJxifLFyELch9QPDw\nUeWVkqM0erK2ZOb7VM54QnnfiAtRSbYRdYbCucs8rbX5gyYIrPIlFCIZK5r1/HStbtwvZBHD9tccLL68\nf0Kl+Q1Ez1w9quq+YRHNYeUJkq30y4ojT8peqkQ3jFNc6x0wG5rZt4CPJpMwmvuFyCDL4wbS1hNp52TR\nyHPsTKnwWMxCQ60YeZRK14xvD4/1SrndMesyZ0821AClAekyAcUqQDW79rIS45A6iS4PazQyAnWgnPhu\nnrghHg85FLXGMoosUDaaHwqCfdjaF9ZUzbyACvm6KDlGJVTRY6+8eOjoxOTvjx3OpCu0aA/9LFZDTMrr\nYERVfL4f3GwsMjSATydimwttyCoNFhezVvhZT9Cvb9S65nkbGtFxRhVnTZOpDPm1AgYcXYLSXnrbZqv8\nVHMZuQJmxvBbqJGmPAXOz5xGpYm2yiHWI5zM8ywy2/2cDPioEm00I9Hu7edS4IrehnHSVsF1YK7iqLeq\nH2AT+pmNohzl8k5kU0P6AO5sniIVPrPN2bHmhc5wowQ6b4qCwVj32aJwpM8whn6vZSHGNBk9c+TX9By/\nGICoZrfTZREfsxG3F3IUkPCSLxF90dXZyNszQ41ShK32zcSRcYabXjdjZarTOWW5AU4pY45GTs3GbiXv\n2i3KmPbanFXZ+3Cd8V4b8LM6VYyl4Ld5E4GPhqUvuLZwz3HVaRXImfF/tNdTVSOr0RI5PpcFoXYldpKJ\n3Cc4MAtdZxJMdOZoSBszgZxhGC0zxspZyDkVLz8GZF/Q7ZhxAXHNqmbzBFV8FMGASAKzLjtHR0IzdAhq\njZM15NTYMYa4lwcIGyM/ZwGiTFRPlSYsKd2Y6+JCawPzJ0iYVBTKMZ+RmRIWbj0EyCPaUJKLbWWBM8pQ\nFVkjnakkWaROkZiMSK2bAHhkp6tRNbgOX50SsOooG0ID2AyPLkr8gsCh0M48p8BOK4s2gnUDzdkhzo8Z\nX5YGk0Vuss/v1isATv5F02p5oIVg5inznRRD5WAHVl4QhGH1vDzIITMunaIE8sgMcuHBMKccSujfTg+S\nP3KptikSTKDPo3Tf0U/ws39xFY38THtvUBBYGpk/MR9w7czoixbaglPHFOmjGohzdXCJYF/XR2mhrKPP\nMYezRAjK2fGTOsMB313odUW6eXFo1Mn4tEhftulR7bCJcVPNtEQcp2khJEPaantHsyAY5euT4DjEHRZ9\nvfJSCRBhdRPuxyxy5/W3hKLZ8IP9hdZMfJ75Fmq6PP5s96PHPwN3GeuFUZ2y8JPrVAUMmeTnAd/lym73\ngypsUtWOMU7/k91LjKre5QpvgKsCrruDfzMy/PhHPHOHWOXIp36AvxHKu2HuR2jsPWSVM8aMDG/mdfPd\nCVH+Gev6UV0zujvwvu/zWwTPA5gyIrjbjBj/dfcTZJ6fQ958n7FeqGz3I6PJ28j+3sYabZt4f3pTOIZ4\n+PLJfXoLrtIGd/8Uj7+PNeW2ocofxlsvCmFgQwKyFzCiuoKx6TsY7aX4siUwqLpjXMLpnJzynYRrtyS8\nflGi1RTS/VrVuvpOMQEo3q0rcAk7Aj6XsyDufBV//4pZHFxLiBgXV1Xw94wKu6/hM6yo6j8P1XtZtox9\ni75c5zM85Y7UPlsTcsiG8Ar+gtff4Lg5cwmIV0NlcW4JReSBvOYFPEWfRS2j2pnbcF1OUVV4HMfgosTT\nNbliRzE31qWRP5SO2FL8HNWGjkBiuQSaCvJQul7YCI6N83dHIfBq3q0oFoqtNvUB8jGoxXakd+4JKUKR\nizymx0WpgbWOv+wgw+Qh129yT3tGqukRe+SqT025IwffwBPPuDd191qXHrmMZ91mggoX46MBdkPa5LZU\n4KKmuy5ltqSmG9/9tjd64ZjzyJ9Zx88vCY3hYyEFUZE7ep6/qfY/L4/3gYxn2843mZfiaEUPZPSuyfRZ\nkxJUdowJ68Z9Qt20ptp5012HyCE8L9ZkxtnCW2v4hD+oYnBYMRD+vG2vE8eRvNwUl5Gyao5aw2yOdZvV\nINWM4Jgt8/8PXnUe94nUaQrjQ99znsgFjFD9hFEqujLktKxhxSJ+HqlxpD65i9GuszYydROfawWyObiO\nz43wXnjspvymHEqBYBb3j3S6M+V9r776ankJRXzARwhBIXR74dvRzIYCIhRGVJtUfY4iqLeI6vdYsTM9\nXdSSdizjNwrlNiBUL6R/Y7FEgFL2UpAfAmagDllxDMdaWS9ZY6EYeyS6oAd/VKhE8Zhy+fDbxUzfcBFE\nSxrN4+8cmYAU0zm0lviGJ43VTZc4EAaeQfsgjKnkdYvqZBaP03JWfNsstu5if9wzyPjGcddmYIUGiJYE\nKrDdCYgqJ/o2Bp6wJbCTKSj0WrWwGIVBXgtCb4itYKzfu1YWeawHYrylgGihV92jV4khqSyNlQRkdgXM\nyMn++MaX8kpIkKqDl3COemGZL2HgIHsP8Nfp2NLQ4TMBXO1TluFkJb4kQzSLYon7bJ4JInJmIsxMQT1v\nBgWMLz0DjJZoIrRmhVSlXJjxeq3RnCVcgpgjuUKShNWjvUp+/BEzaNiJOLh8pDHYagyRktxJIWaDSyxu\nhkh7DY2y4ozXt7GJXvD6mTCyaowYC1e56bJcmCaOhS9YA0PXdODQtRcBp5/xytHyqkEQrBhohWFouwNp\nz17hBwjFgfc/N9MDYcVDIxMj8bgvkQ6DaEEAsDGsS5OJuofzChsq3TpIG1IBM4E6OUMM4n+CP2YxADnb\nyv3ybJ3pSQHWhrMT7BTmMbo5YZax2alWTV2suWQGJIuicHLKQk7VCVS7MRDoRX8BrvFBu9r0NBRd6KkX\nQu45tzFPKwfeKYW4CAIXYAWOOwKXmGtoqiPPNBeFs962LhnAk/uoxC4Xm1PmnZuoLFKDYGO355IWabcD\nDMgG3YBnJLiijbaKCIJVuXidkV31yExl0hWAWBVeD5O3jT/s+gub0EtxquG6U6/N16QgiWi7+MCtN+Qg\nNYWG3PRCF8epWsdce1EVA8jvkHIWbikFCGzZtMEMCMCRsFncQRU/NPRe6fh4af7Eck5sB1ukBniAZkuF\nJUxGn8Wm6vBFHdh2g/IaLjiKywA2PPJG6B1zVuWwOBfnnFmLBqryaPiHgEgoddVFjSmYJhjOwH6sQ23B\nLghFQLu8vP/wy/sneIyZP4pDQ6MhIgU7pCdSKBi2GVZ/DPIeQ34t0CyDRRqpl3Gc7b0S6MgeMjNpcAgW\n7cnWrPktiyGYoretsGXhLCRn8wQJuViVzr6DMo1QqlZmF6/nctyAagM/dZb5xpaOo6J4CZOJEXq9PvXE\nQNJ3ZmlW3xSBynqLk6gxXIPtepmH3oRNjcQe0PXuZOHxyLd8I1+7g5N6Ap5zj2QrZrq1WeS/WAaELnAk\n5CV7Pce28BJr5bjEjh1vn38qVhIGjdqOrI3qxS/4aGrloKd+Va3Ai+ohLIpyegSiURdkYod8a2gXsc90\nJLmY2DcT1luR+rLn9WWesPz2FOLnq6YGPi8GUpAO6o+NJjYNpxjmCqbYylVSnaQFxQy4bIPmYBPn3yNY\nBZHPCvz0qklwXIzex1c/VlPvdKfVGNw7NFr0FMdtqnPsqrmYg1u6qwmT2+cf0m9BhjqSS4gDhTVHSfMO\n3lcpW8lkqMQgc52j2rBztFvT2LzDXh1EIaPES1jmNCjhODIPGq35NgmLWgWb3On6uPfFgRHw37JEG3Dw\nOhcbB+OLCfPRq3alTDevXBdpfEUeHZVSw2i3/U2XbpKqFGYE98LIirFxT9FIdGOrIcUieP2ypDMpiMRt\namv1qOM4ruW5R0GCNFIJsE9PA48IZJCboI6Uk2U3D/FOq3Q1aB1k50OotrIRUaeC7eyjRBdVs4QDiRwc\nIiUgcQiejcqX+XQIHJFYFsjxK1V1KrRXFls5cOkwmo7TUNKTYX0Jbu4nXtK8pPphTYwpthr0fvxC8IeN\nOtqomtogoEM6s2bkKsPLK5fIPTCdWF+Qj8lloZgfhGL6CzML/1nPs0GKrS8MiR7O7pXH27srGO3YwBhC\n8Nnjaxg1WEGNIIqNbIWxC2KYm3POYhTggcRTzPUkCuJiCNukGSTRB9DWic9lrnz42TWKopjrAoe9bzn6\nFA/ZtKo88fU+oeeFJ3ZaO+b+pA60gZ+hHo7omyDmdxMrr59nfO0nRgpXFXf8DH325BZ85u9Rxydfh7Uk\nJ+vLLJQqF8ZP3eVyrN6qI6MJZU3GsgEca7LYR8sOWFQBkkXoULh7435dTG0GiiPuliRrjRSUOYLTLZx+\nlZSRIl96Fo7LChElMGNxRTYjXDgDDfJW/ZS3yw2KZasM2z8rwVCxdIrZMTTdB3LtV2WRQQiNFRraaM1H\n23QPU1K8rYv+C9d2dWTw8yXQ/YTp+L6ZyiVO2yqkbFwSran64jW0eQVwhBxa0McGJkWh8mKp9AdfwGO8\n1YUnqRYSLZKyTBef9q897d952v8efm6dfdq/8rT/j2er3z5b/fTZ6rVnq1eerX7zbPXqs9Uv/nvrm//9\n83Obcr61Yv4akrjYhgQvKMrwNeL2H3IIjAM9ErXhjMuLEm6zWaVBBMeGJ2xQwGahrksSaJ+jkHCWDfz1\nVe6wzSy2ybNXVPgmCAh+LEnQOxLD+lIe75zkk26oIKPNGrbxyjVJ+NWBm5UoNfsyZ5hyUEzHs4I07euS\nzHuRk9a5TdYwf3ZHvlqXANllOXJHQn5fqdOpfc7gM+sP1yV718+C56fdUFHI6ypCZPudzvpGTrwtrWru\n/rVXuNR6wTGbEPgHyoxQaWnRsIf/2DsJLQgQW1G3kfwbXLBC/zK16xer4RpI0yWByy/NttWxbjEL5KVk\n9VSaNMqbMbtAwoZK2cPlaghpkFczkl65lcfpJr1eSN3qGvMvYfkM3FDOBlWru3LxSuXyu/snyuVDk4ey\n996YfOvNbN/I3sx3ugSRCRwelsoyj8s6Tei6QY6EaaiCt3vKKQ7J+K1p9N9xo6faMT84k/L/sqCx2KPF\nuwwEvTkQY1BIIPKvwP2aJbessYFfJCJQleSWWYBAz3DWA+VOePVhDL2prC+Vjubnkcs4Sy796Qngb2fW\nQEghRabnu61aibrAvHl3wThK/75XobYP50F7bO8o5aEr8+h95fjj0D6QgTJScqCeeOGFFJ5W60EF+fBJ\nYjwI3jj5Ful9tZlshrFu8nbNsZSxoq3xRic72DVGentIaS32UbeRuDx3kBMENvK/HH/H0528I9mYmHt5\nl9QjFacpcQXzKVzhEulDAsOHck/91TM7dvzgm0cmsuJcrzQZCBlA98WYygR8D2gM0850fJVWYrMQzuW6\n7dPLwaT5k9bOfaWed0Fl2k6+w4eUExaymY2jOgNSbS0IFfXeNpNshPJWDiL9Nbl+zNVO5vGYNVey7uzQ\nCPLhefDGNiyegGM43mti1BG/TiFdxrtVu4I26ivp3SJGrfCh1B6iJfcSnACcJemVMkZHsJFrI0lnJdms\ns6lwLLwmV4gKR4seJzhMXhnZuy+b9Hd/G3B8zj0TLgY+ZDEEUnkHS7w8hj3Hkm3YGxzI0vvCc9qr2Egb\nMTkwg9sJOkT8/jQ3KmnzBOLJyS9wLo3ELR3NZZ75gRlhN8fndGHhOc1ZSa3T8F7PabYqsjMvqRWKVy/i\nYEruPHv9jvnYZxalzUMH9iWulTvIaLTXEa5ZX8xVa61fFraX9QCIAKg5bh8rVRiy7m8o4pJl5O0ogZ8d\nvmbCnCfH5TJKTBFva0O4Wl+l/Ix13xO6KCJPD5H51fete+aO/R8EyzZRoN8BAA==`;let wt;function getDictionary(){if(!wt){wt=new Uint8Array(122784);const e=atob(mt);const t=new Uint8Array(e.length);for(let r=0;r<e.length;r++){t[r]=e.charCodeAt(r)}gzip_gunzip(t,wt)}return wt}const yt=0;const It=1;const bt=2;const Et=3;const Bt=4;const xt=5;const Ct=6;const St=7;const Qt=8;const Nt=9;const Mt=10;const Tt=11;const Ft=12;const Ut=13;const Rt=14;const Lt=15;const kt=16;const Pt=17;const Dt=18;const qt=20;class Transform{constructor(e,t,r){this.prefix=new Uint8Array(e.length);this.transform=t;this.suffix=new Uint8Array(r.length);for(let t=0;t<e.length;t++)this.prefix[t]=e.charCodeAt(t);for(let e=0;e<r.length;e++)this.suffix[e]=r.charCodeAt(e)}}const Gt=[new Transform("",yt,""),new Transform("",yt," "),new Transform(" ",yt," "),new Transform("",Ft,""),new Transform("",Mt," "),new Transform("",yt," the "),new Transform(" ",yt,""),new Transform("s ",yt," "),new Transform("",yt," of "),new Transform("",Mt,""),new Transform("",yt," and "),new Transform("",Ut,""),new Transform("",It,""),new Transform(", ",yt," "),new Transform("",yt,", "),new Transform(" ",Mt," "),new Transform("",yt," in "),new Transform("",yt," to "),new Transform("e ",yt," "),new Transform("",yt,'"'),new Transform("",yt,"."),new Transform("",yt,'">'),new Transform("",yt,"\n"),new Transform("",Et,""),new Transform("",yt,"]"),new Transform("",yt," for "),new Transform("",Rt,""),new Transform("",bt,""),new Transform("",yt," a "),new Transform("",yt," that "),new Transform(" ",Mt,""),new Transform("",yt,". "),new Transform(".",yt,""),new Transform(" ",yt,", "),new Transform("",Lt,""),new Transform("",yt," with "),new Transform("",yt,"'"),new Transform("",yt," from "),new Transform("",yt," by "),new Transform("",kt,""),new Transform("",Pt,""),new Transform(" the ",yt,""),new Transform("",Bt,""),new Transform("",yt,". The "),new Transform("",Tt,""),new Transform("",yt," on "),new Transform("",yt," as "),new Transform("",yt," is "),new Transform("",St,""),new Transform("",It,"ing "),new Transform("",yt,"\n\t"),new Transform("",yt,":"),new Transform(" ",yt,". "),new Transform("",yt,"ed "),new Transform("",qt,""),new Transform("",Dt,""),new Transform("",Ct,""),new Transform("",yt,"("),new Transform("",Mt,", "),new Transform("",Qt,""),new Transform("",yt," at "),new Transform("",yt,"ly "),new Transform(" the ",yt," of "),new Transform("",xt,""),new Transform("",Nt,""),new Transform(" ",Mt,", "),new Transform("",Mt,'"'),new Transform(".",yt,"("),new Transform("",Tt," "),new Transform("",Mt,'">'),new Transform("",yt,'="'),new Transform(" ",yt,"."),new Transform(".com/",yt,""),new Transform(" the ",yt," of the "),new Transform("",Mt,"'"),new Transform("",yt,". This "),new Transform("",yt,","),new Transform(".",yt," "),new Transform("",Mt,"("),new Transform("",Mt,"."),new Transform("",yt," not "),new Transform(" ",yt,'="'),new Transform("",yt,"er "),new Transform(" ",Tt," "),new Transform("",yt,"al "),new Transform(" ",Tt,""),new Transform("",yt,"='"),new Transform("",Tt,'"'),new Transform("",Mt,". "),new Transform(" ",yt,"("),new Transform("",yt,"ful "),new Transform(" ",Mt,". "),new Transform("",yt,"ive "),new Transform("",yt,"less "),new Transform("",Tt,"'"),new Transform("",yt,"est "),new Transform(" ",Mt,"."),new Transform("",Tt,'">'),new Transform(" ",yt,"='"),new Transform("",Mt,","),new Transform("",yt,"ize "),new Transform("",Tt,"."),new Transform("Â ",yt,""),new Transform(" ",yt,","),new Transform("",Mt,'="'),new Transform("",Tt,'="'),new Transform("",yt,"ous "),new Transform("",Tt,", "),new Transform("",Mt,"='"),new Transform(" ",Mt,","),new Transform(" ",Tt,'="'),new Transform(" ",Tt,", "),new Transform("",Tt,","),new Transform("",Tt,"("),new Transform("",Tt,". "),new Transform(" ",Tt,"."),new Transform("",Tt,"='"),new Transform(" ",Tt,". "),new Transform(" ",Mt,'="'),new Transform(" ",Tt,"='"),new Transform(" ",Mt,"='")];const Yt=Gt.length;function ToUpperCase(e,t){if(e[t]<192){if(e[t]>=97&&e[t]<=122){e[t]^=32}return 1}if(e[t]<224){e[t+1]^=32;return 2}e[t+2]^=5;return 3}function transformDictionaryWord(e,t,r,n,a){const i=getDictionary();const{prefix:o}=Gt[a];const{suffix:s}=Gt[a];const f=Gt[a].transform;let l=f<Ft?0:f-(Ft-1);const u=t;if(l>n)l=n;let c=0;while(c<o.length){e[t++]=o[c++]}r+=l;n-=l;if(f<=Nt)n-=f;for(let a=0;a<n;a++){e[t++]=i[r+a]}let d=t-n;if(f===Mt){ToUpperCase(e,d)}else if(f===Tt){while(n>0){const t=ToUpperCase(e,d);d+=t;n-=t}}let h=0;while(h<s.length){e[t++]=s[h++]}return t-u}const Vt=256;const Ht=704;const Wt=26;const Ot=6;const zt=2;const Zt=16;const jt=new Uint8Array([3,2,1,0,3,3,3,3,3,3,2,2,2,2,2,2]);const Jt=new Int8Array([0,0,0,0,-1,1,-2,2,-3,3,-1,1,-2,2,-3,3]);const Kt=new Uint32Array([0,0,0,0,0,4096,9216,21504,35840,44032,53248,63488,74752,87040,93696,100864,104704,106752,108928,113536,115968,118528,119872,121280,122016]);const Xt=new Uint8Array([0,0,0,0,10,10,11,11,10,10,10,10,10,9,9,8,7,7,8,7,7,6,6,5,5]);const _t=4;const $t=24;function decompressBrotli(e,t){const r=new Uint8Array(t);const n=new BrotliInput(e);const a=new BrotliOutput(r);brotli(n,a);return r}function brotli(e,t){let r=0;let n=0;let a=0;const i=[16,15,11,4];let o=0;const s=[new HuffmanTreeGroup(0,0),new HuffmanTreeGroup(0,0),new HuffmanTreeGroup(0,0)];const f=128+BrotliBitReader.READ_SIZE;const l=new BrotliBitReader(e);const u=decodeWindowBits(l);const c=(1<<u)-16;const d=1<<u;const h=d-1;const A=new Uint8Array(d+f+$t);const p=d;const v=[];const g=[];for(let e=0;e<3*at;e++){v[e]=new HuffmanCode(0,0);g[e]=new HuffmanCode(0,0)}while(!n){const e=[1<<28,1<<28,1<<28];const f=[0];const u=[1,1,1];const m=[0,1,0,1,0,1];const w=[0];for(let e=0;e<3;e++){s[e].codes=[];s[e].htrees=new Uint32Array}l.readMoreInput();const y=decodeMetaBlockLength(l);let I=y.meta_block_length;if(r+I>t.buffer.length){const e=new Uint8Array(r+I);e.set(t.buffer);t.buffer=e}n=y.input_end;if(y.is_metadata){jumpToByteBoundary(l);for(;I>0;--I){l.readMoreInput();l.readBits(8)}continue}if(I===0)continue;if(y.is_uncompressed){l.bit_pos_=l.bit_pos_+7&~7;copyUncompressedBlockToOutput(t,I,r,A,h,l);r+=I;continue}for(let t=0;t<3;t++){u[t]=decodeVarLenUint8(l)+1;if(u[t]>=2){readHuffmanCode(u[t]+2,v,t*at,l);readHuffmanCode(Wt,g,t*at,l);e[t]=readBlockLength(g,t*at,l);w[t]=1}}l.readMoreInput();const b=l.readBits(2);const E=Zt+(l.readBits(4)<<b);const B=(1<<b)-1;const x=E+(48<<b);const C=new Uint8Array(u[0]);for(let e=0;e<u[0];e++){l.readMoreInput();C[e]=l.readBits(2)<<1}const[S,Q]=decodeContextMap(u[0]<<Ot,l);const[N,M]=decodeContextMap(u[2]<<zt,l);s[0]=new HuffmanTreeGroup(Vt,S);s[1]=new HuffmanTreeGroup(Ht,u[1]);s[2]=new HuffmanTreeGroup(x,N);for(let e=0;e<3;++e){s[e].decode(l)}let T=0;let F=0;let U=C[f[0]];let R=vt[U];let L=vt[U+1];let k=s[1].htrees[0];while(I>0){let n;l.readMoreInput();if(e[1]===0){decodeBlockType(u[1],v,1,f,m,w,l);e[1]=readBlockLength(g,at,l);k=s[1].htrees[f[1]]}e[1]--;const y=readSymbol(s[1].codes,k,l);let x=y>>6;if(x>=2){x-=2;n=-1}else{n=0}const S=rt[x]+(y>>3&7);const N=et[S];const P=N.offset+l.readBits(N.nbits);const D=nt[x]+(y&7);const q=tt[D];const G=q.offset+l.readBits(q.nbits);let Y=A[r-1&h];let V=A[r-2&h];for(let n=0;n<P;n++){l.readMoreInput();if(e[0]===0){decodeBlockType(u[0],v,0,f,m,w,l);e[0]=readBlockLength(g,0,l);const t=f[0]<<Ot;T=t;U=C[f[0]];R=vt[U];L=vt[U+1]}const n=pt[R+Y]|pt[L+V];const a=Q[T+n];e[0]--;V=Y;Y=readSymbol(s[0].codes,s[0].htrees[a],l);A[r&h]=Y;if((r&h)===h){t.write(A,d)}r++}I-=P;if(I<=0)break;if(n<0){l.readMoreInput();if(e[2]===0){decodeBlockType(u[2],v,2,f,m,w,l);e[2]=readBlockLength(g,2*at,l);F=f[2]<<zt}e[2]--;const t=(G>4?3:G-2)&255;const r=M[F+t];n=readSymbol(s[2].codes,s[2].htrees[r],l);if(n>=E){n-=E;const e=n&B;n>>=b;const t=(n>>1)+1;const r=(2+(n&1)<<t)-4;n=E+(r+l.readBits(t)<<b)+e}}const H=translateShortCodes(n,i,o);if(H<0)throw new Error("[BrotliDecompress] invalid distance");if(r<c&&a!==c){a=r}else{a=c}let W=r&h;if(H>a){if(G>=_t&&G<=$t){let e=Kt[G];const n=H-a-1;const i=Xt[G];const o=(1<<i)-1;const s=n&o;const f=n>>i;e+=s*G;if(f<Yt){const n=transformDictionaryWord(A,W,e,G,f);W+=n;r+=n;I-=n;if(W>=p){t.write(A,d);for(let e=0;e<W-p;e++)A[e]=A[p+e]}}else{throw new Error("Invalid backward reference")}}else{throw new Error("Invalid backward reference")}}else{if(n>0){i[o&3]=H;o++}if(G>I){throw new Error("Invalid backward reference")}for(let e=0;e<G;e++){A[r&h]=A[r-H&h];if((r&h)===h){t.write(A,d)}r++;I--}}}r&=1073741823}t.write(A,r&h)}function translateShortCodes(e,t,r){if(e<Zt){r+=jt[e];r&=3;return t[r]+Jt[e]}else{return e-Zt+1}}var er=ArrayBuffer,tr=Uint8Array,rr=Uint16Array,nr=Int16Array,ar=null&&Uint32Array,ir=Int32Array;var slc=function(e,t,r){if(tr.prototype.slice)return tr.prototype.slice.call(e,t,r);if(t==null||t<0)t=0;if(r==null||r>e.length)r=e.length;var n=new tr(r-t);n.set(e.subarray(t,r));return n};var fill=function(e,t,r,n){if(tr.prototype.fill)return tr.prototype.fill.call(e,t,r,n);if(r==null||r<0)r=0;if(n==null||n>e.length)n=e.length;for(;r<n;++r)e[r]=t;return e};var cpw=function(e,t,r,n){if(tr.prototype.copyWithin)return tr.prototype.copyWithin.call(e,t,r,n);if(r==null||r<0)r=0;if(n==null||n>e.length)n=e.length;while(r<n){e[t++]=e[r++]}};var or={InvalidData:0,WindowSizeTooLarge:1,InvalidBlockType:2,FSEAccuracyTooHigh:3,DistanceTooFarBack:4,UnexpectedEOF:5};var sr=["invalid zstd data","window size too large (>2046MB)","invalid block type","FSE accuracy too high","match distance too far back","unexpected EOF"];var err=function(e,t,r){var n=new Error(t||sr[e]);n.code=e;if(Error.captureStackTrace)Error.captureStackTrace(n,err);if(!r)throw n;return n};var rb=function(e,t,r){var n=0,a=0;for(;n<r;++n)a|=e[t++]<<(n<<3);return a};var b4=function(e,t){return(e[t]|e[t+1]<<8|e[t+2]<<16|e[t+3]<<24)>>>0};var rzfh=function(e,t){var r=e[0]|e[1]<<8|e[2]<<16;if(r==3126568&&e[3]==253){var n=e[4];var a=n>>5&1,i=n>>2&1,o=n&3,s=n>>6;if(n&8)err(0);var f=6-a;var l=o==3?4:o;var u=rb(e,f,l);f+=l;var c=s?1<<s:a;var d=rb(e,f,c)+(s==1&&256);var h=d;if(!a){var A=1<<10+(e[5]>>3);h=A+(A>>3)*(e[5]&7)}if(h>2145386496)err(1);var p=new tr((t==1?d||h:t?0:h)+12);p[0]=1,p[4]=4,p[8]=8;return{b:f+c,y:0,l:0,d:u,w:t&&t!=1?t:p.subarray(12),e:h,o:new ir(p.buffer,0,3),u:d,c:i,m:Math.min(131072,h)}}else if((r>>4|e[3]<<20)==25481893){return b4(e,4)+8}err(0)};var msb=function(e){var t=0;for(;1<<t<=e;++t);return t-1};var rfse=function(e,t,r){var n=(t<<3)+4;var a=(e[t]&15)+5;if(a>r)err(3);var i=1<<a;var o=i,s=-1,f=-1,l=-1,u=i;var c=new er(512+(i<<2));var d=new nr(c,0,256);var h=new rr(c,0,256);var A=new rr(c,512,i);var p=512+(i<<1);var v=new tr(c,p,i);var g=new tr(c,p+i);while(s<255&&o>0){var m=msb(o+1);var w=n>>3;var y=(1<<m+1)-1;var I=(e[w]|e[w+1]<<8|e[w+2]<<16)>>(n&7)&y;var b=(1<<m)-1;var E=y-o-1;var B=I&b;if(B<E)n+=m,I=B;else{n+=m+1;if(I>b)I-=E}d[++s]=--I;if(I==-1){o+=I;v[--u]=s}else o-=I;if(!I){do{var x=n>>3;f=(e[x]|e[x+1]<<8)>>(n&7)&3;n+=2;s+=f}while(f==3)}}if(s>255||o)err(0);var C=0;var S=(i>>1)+(i>>3)+3;var Q=i-1;for(var N=0;N<=s;++N){var M=d[N];if(M<1){h[N]=-M;continue}for(l=0;l<M;++l){v[C]=N;do{C=C+S&Q}while(C>=u)}}if(C)err(0);for(l=0;l<i;++l){var T=h[v[l]]++;var F=g[l]=a-msb(T);A[l]=(T<<F)-i}return[n+7>>3,{b:a,s:v,n:g,t:A}]};var rhu=function(e,t){var r=0,n=-1;var a=new tr(292),i=e[t];var o=a.subarray(0,256);var s=a.subarray(256,268);var f=new rr(a.buffer,268);if(i<128){var l=rfse(e,t+1,6),u=l[0],c=l[1];t+=i;var d=u<<3;var h=e[t];if(!h)err(0);var A=0,p=0,v=c.b,g=v;var m=(++t<<3)-8+msb(h);for(;;){m-=v;if(m<d)break;var w=m>>3;A+=(e[w]|e[w+1]<<8)>>(m&7)&(1<<v)-1;o[++n]=c.s[A];m-=g;if(m<d)break;w=m>>3;p+=(e[w]|e[w+1]<<8)>>(m&7)&(1<<g)-1;o[++n]=c.s[p];v=c.n[A];A=c.t[A];g=c.n[p];p=c.t[p]}if(++n>255)err(0)}else{n=i-127;for(;r<n;r+=2){var y=e[++t];o[r]=y>>4;o[r+1]=y&15}++t}var I=0;for(r=0;r<n;++r){var b=o[r];if(b>11)err(0);I+=b&&1<<b-1}var E=msb(I)+1;var B=1<<E;var x=B-I;if(x&x-1)err(0);o[n++]=msb(x)+1;for(r=0;r<n;++r){var b=o[r];++s[o[r]=b&&E+1-b]}var C=new tr(B<<1);var S=C.subarray(0,B),Q=C.subarray(B);f[E]=0;for(r=E;r>0;--r){var N=f[r];fill(Q,r,N,f[r-1]=N+s[r]*(1<<E-r))}if(f[0]!=B)err(0);for(r=0;r<n;++r){var M=o[r];if(M){var T=f[M];fill(S,r,T,f[M]=T+(1<<E-M))}}return[t,{n:Q,b:E,s:S}]};var fr=rfse(new tr([81,16,99,140,49,198,24,99,12,33,196,24,99,102,102,134,70,146,4]),0,6)[1];var lr=rfse(new tr([33,20,196,24,99,140,33,132,16,66,8,33,132,16,66,8,33,68,68,68,68,68,68,68,68,36,9]),0,6)[1];var ur=rfse(new tr([32,132,16,66,102,70,68,68,68,68,36,73,2]),0,5)[1];var b2bl=function(e,t){var r=e.length,n=new ir(r);for(var a=0;a<r;++a){n[a]=t;t+=1<<e[a]}return n};var cr=new tr(new ir([0,0,0,0,16843009,50528770,134678020,202050057,269422093]).buffer,0,36);var dr=b2bl(cr,0);var hr=new tr(new ir([0,0,0,0,0,0,0,0,16843009,50528770,117769220,185207048,252579084,16]).buffer,0,53);var Ar=b2bl(hr,3);var dhu=function(e,t,r){var n=e.length,a=t.length,i=e[n-1],o=(1<<r.b)-1,s=-r.b;if(!i)err(0);var f=0,l=r.b,u=(n<<3)-8+msb(i)-l,c=-1;for(;u>s&&c<a;){var d=u>>3;var h=(e[d]|e[d+1]<<8|e[d+2]<<16)>>(u&7);f=(f<<l|h)&o;t[++c]=r.s[f];u-=l=r.n[f]}if(u!=s||c+1!=a)err(0)};var dhu4=function(e,t,r){var n=6;var a=t.length,i=a+3>>2,o=i<<1,s=i+o;dhu(e.subarray(n,n+=e[0]|e[1]<<8),t.subarray(0,i),r);dhu(e.subarray(n,n+=e[2]|e[3]<<8),t.subarray(i,o),r);dhu(e.subarray(n,n+=e[4]|e[5]<<8),t.subarray(o,s),r);dhu(e.subarray(n),t.subarray(s),r)};var rzb=function(e,t,r){var n;var a=t.b;var i=e[a],o=i>>1&3;t.l=i&1;var s=i>>3|e[a+1]<<5|e[a+2]<<13;var f=(a+=3)+s;if(o==1){if(a>=e.length)return;t.b=a+1;if(r){fill(r,e[a],t.y,t.y+=s);return r}return fill(new tr(s),e[a])}if(f>e.length)return;if(o==0){t.b=f;if(r){r.set(e.subarray(a,f),t.y);t.y+=s;return r}return slc(e,a,f)}if(o==2){var l=e[a],u=l&3,c=l>>2&3;var d=l>>4,h=0,A=0;if(u<2){if(c&1)d|=e[++a]<<4|(c&2&&e[++a]<<12);else d=l>>3}else{A=c;if(c<2)d|=(e[++a]&63)<<4,h=e[a]>>6|e[++a]<<2;else if(c==2)d|=e[++a]<<4|(e[++a]&3)<<12,h=e[a]>>2|e[++a]<<6;else d|=e[++a]<<4|(e[++a]&63)<<12,h=e[a]>>6|e[++a]<<2|e[++a]<<10}++a;var p=r?r.subarray(t.y,t.y+t.m):new tr(t.m);var v=p.length-d;if(u==0)p.set(e.subarray(a,a+=d),v);else if(u==1)fill(p,e[a++],v);else{var g=t.h;if(u==2){var m=rhu(e,a);h+=a-(a=m[0]);t.h=g=m[1]}else if(!g)err(0);(A?dhu4:dhu)(e.subarray(a,a+=h),p.subarray(v),g)}var w=e[a++];if(w){if(w==255)w=(e[a++]|e[a++]<<8)+32512;else if(w>127)w=w-128<<8|e[a++];var y=e[a++];if(y&3)err(0);var I=[lr,ur,fr];for(var b=2;b>-1;--b){var E=y>>(b<<1)+2&3;if(E==1){var B=new tr([0,0,e[a++]]);I[b]={s:B.subarray(2,3),n:B.subarray(0,1),t:new rr(B.buffer,0,1),b:0}}else if(E==2){n=rfse(e,a,9-(b&1)),a=n[0],I[b]=n[1]}else if(E==3){if(!t.t)err(0);I[b]=t.t[b]}}var x=t.t=I,C=x[0],S=x[1],Q=x[2];var N=e[f-1];if(!N)err(0);var M=(f<<3)-8+msb(N)-Q.b,T=M>>3,F=0;var U=(e[T]|e[T+1]<<8)>>(M&7)&(1<<Q.b)-1;T=(M-=S.b)>>3;var R=(e[T]|e[T+1]<<8)>>(M&7)&(1<<S.b)-1;T=(M-=C.b)>>3;var L=(e[T]|e[T+1]<<8)>>(M&7)&(1<<C.b)-1;for(++w;--w;){var k=Q.s[U];var P=Q.n[U];var D=C.s[L];var q=C.n[L];var G=S.s[R];var Y=S.n[R];T=(M-=G)>>3;var V=1<<G;var H=V+((e[T]|e[T+1]<<8|e[T+2]<<16|e[T+3]<<24)>>>(M&7)&V-1);T=(M-=hr[D])>>3;var W=Ar[D]+((e[T]|e[T+1]<<8|e[T+2]<<16)>>(M&7)&(1<<hr[D])-1);T=(M-=cr[k])>>3;var O=dr[k]+((e[T]|e[T+1]<<8|e[T+2]<<16)>>(M&7)&(1<<cr[k])-1);T=(M-=P)>>3;U=Q.t[U]+((e[T]|e[T+1]<<8)>>(M&7)&(1<<P)-1);T=(M-=q)>>3;L=C.t[L]+((e[T]|e[T+1]<<8)>>(M&7)&(1<<q)-1);T=(M-=Y)>>3;R=S.t[R]+((e[T]|e[T+1]<<8)>>(M&7)&(1<<Y)-1);if(H>3){t.o[2]=t.o[1];t.o[1]=t.o[0];t.o[0]=H-=3}else{var z=H-(O!=0);if(z){H=z==3?t.o[0]-1:t.o[z];if(z>1)t.o[2]=t.o[1];t.o[1]=t.o[0];t.o[0]=H}else H=t.o[0]}for(var b=0;b<O;++b){p[F+b]=p[v+b]}F+=O,v+=O;var Z=F-H;if(Z<0){var j=-Z;var J=t.e+Z;if(j>W)j=W;for(var b=0;b<j;++b){p[F+b]=t.w[J+b]}F+=j,W-=j,Z=0}for(var b=0;b<W;++b){p[F+b]=p[Z+b]}F+=W}if(F!=v){while(v<p.length){p[F++]=p[v++]}}else F=p.length;if(r)t.y+=F;else p=slc(p,0,F)}else if(r){t.y+=d;if(v){for(var b=0;b<d;++b){p[b]=p[v+b]}}}else if(v)p=slc(p,v);t.b=f;return p}err(2)};var cct=function(e,t){if(e.length==1)return e[0];var r=new tr(t);for(var n=0,a=0;n<e.length;++n){var i=e[n];r.set(i,a);a+=i.length}return r};function decompress(e,t){var r=[],n=+!t;var a=0,i=0;for(;e.length;){var o=rzfh(e,n||t);if(typeof o=="object"){if(n){t=null;if(o.w.length==o.u){r.push(t=o.w);i+=o.u}}else{r.push(t);o.e=0}for(;!o.l;){var s=rzb(e,o,t);if(!s)err(5);if(t)o.e=o.y;else{r.push(s);i+=s.length;cpw(o.w,0,s.length);o.w.set(s,o.w.length-s.length)}}a=o.b+o.c*4}else a=o;e=e.subarray(a)}return cct(r,i)}var pr=null&&function(){function Decompress(e){this.ondata=e;this.c=[];this.l=0;this.z=0}Decompress.prototype.push=function(e,t){if(typeof this.s=="number"){var r=Math.min(e.length,this.s);e=e.subarray(r);this.s-=r}var n=e.length;var a=n+this.l;if(!this.s){if(t){if(!a){this.ondata(new tr(0),true);return}if(a<5)err(5)}else if(a<18){this.c.push(e);this.l=a;return}if(this.l){this.c.push(e);e=cct(this.c,a);this.c=[];this.l=0}if(typeof(this.s=rzfh(e))=="number")return this.push(e,t)}if(typeof this.s!="number"){if(a<(this.z||3)){if(t)err(5);this.c.push(e);this.l=a;return}if(this.l){this.c.push(e);e=cct(this.c,a);this.c=[];this.l=0}if(!this.z&&a<(this.z=e[this.s.b]&2?4:3+(e[this.s.b]>>3|e[this.s.b+1]<<5|e[this.s.b+2]<<13))){if(t)err(5);this.c.push(e);this.l=a;return}else this.z=0;for(;;){var i=rzb(e,this.s);if(!i){if(t)err(5);var o=e.subarray(this.s.b);this.s.b=0;this.c.push(o),this.l+=o.length;return}else{this.ondata(i,false);cpw(this.s.w,0,i.length);this.s.w.set(i,this.s.w.length-i.length)}if(this.s.l){var s=e.subarray(this.s.b);this.s=this.s.c*4;this.push(s,t);return}}}else if(t)err(5)};return Decompress}();function uncompress_snappyUncompress(e,t){return snappyUncompressor()(e,t)}function snappyUncompressor(){const e=instantiateWasm();return(t,r)=>{const{memory:n,uncompress:a}=e.exports;const i=68e3;const o=i+t.byteLength;const s=i+t.byteLength+r;if(n.buffer.byteLength<s){const e=64*1024;const t=n.buffer.byteLength/e;const r=Math.ceil(s/e);const a=r-t;n.grow(a)}const f=new Uint8Array(n.buffer);f.set(t,i);const l=a(i,t.byteLength,o);if(l===-1)throw new Error("invalid snappy length header");if(l===-2)throw new Error("missing eof marker");if(l===-3)throw new Error("premature end of input");if(l)throw new Error(`failed to uncompress data ${l}`);return f.slice(o,o+r)}}function instantiateWasm(){const e=atob(vr);const t=new Uint8Array(e.length);for(let r=0;r<e.length;r+=1){t[r]=e.charCodeAt(r)}const r=new WebAssembly.Module(t);return new WebAssembly.Instance(r)}const vr="AGFzbQEAAAABEANgAABgA39/fwF/YAF/AX8DBgUAAQEBAgUDAQACBj8KfwFBoIwEC38AQYAIC38AQaAMC38AQaAMC38AQaCMBAt/AEGACAt/AEGgjAQLfwBBgIAIC38AQQALfwBBAQsHwQEOBm1lbW9yeQIAEV9fd2FzbV9jYWxsX2N0b3JzAAAGbWVtY3B5AAEHbWVtbW92ZQACCnVuY29tcHJlc3MAAwxfX2Rzb19oYW5kbGUDAQpfX2RhdGFfZW5kAwILX19zdGFja19sb3cDAwxfX3N0YWNrX2hpZ2gDBA1fX2dsb2JhbF9iYXNlAwULX19oZWFwX2Jhc2UDBgpfX2hlYXBfZW5kAwcNX19tZW1vcnlfYmFzZQMIDF9fdGFibGVfYmFzZQMJCuASBQIAC8sBAQN/AkAgAkUNAAJAAkAgAkEHcSIDDQAgACEEIAIhBQwBCyAAIQQgAiEFA0AgBCABLQAAOgAAIARBAWohBCABQQFqIQEgBUF/aiEFIANBf2oiAw0ACwsgAkEISQ0AA0AgBCABLQAAOgAAIAQgAS0AAToAASAEIAEtAAI6AAIgBCABLQADOgADIAQgAS0ABDoABCAEIAEtAAU6AAUgBCABLQAGOgAGIAQgAS0ABzoAByAEQQhqIQQgAUEIaiEBIAVBeGoiBQ0ACwsgAAugAwEEfwJAIAAgAUYNAAJAAkAgACABSQ0AIAEgAmoiAyAASw0BCyACRQ0BAkACQCACQQdxIgMNACAAIQQgAiEFDAELIAAhBCACIQUDQCAEIAEtAAA6AAAgBEEBaiEEIAFBAWohASAFQX9qIQUgA0F/aiIDDQALCyACQQhJDQEDQCAEIAEtAAA6AAAgBCABLQABOgABIAQgAS0AAjoAAiAEIAEtAAM6AAMgBCABLQAEOgAEIAQgAS0ABToABSAEIAEtAAY6AAYgBCABLQAHOgAHIARBCGohBCABQQhqIQEgBUF4aiIFDQAMAgsLIAJFDQACQAJAIAJBA3EiBA0AIAAgAmohBiACIQUMAQsgAiEFA0AgBUF/aiIFIABqIgYgBSABaiIDLQAAOgAAIARBf2oiBA0ACwsgAkEESQ0AIAZBfGohASADQXxqIQQDQCABQQNqIARBA2otAAA6AAAgAUECaiAEQQJqLQAAOgAAIAFBAWogBEEBai0AADoAACABIAQtAAA6AAAgAUF8aiEBIARBfGohBCAFQXxqIgUNAAsLIAALswoBCX8jgICAgABBIGsiAySAgICAACADQQlqQgA3AAAgA0IANwIEIAMgA0EYajYCAEF/IQQCQCABRQ0AIAMgAUF/aiIFNgIcIAMgAEEBajYCGCAALAAAIgZB/wBxIQcCQCAGQX9KDQAgBUUNASADIAFBfmoiBTYCHCADIABBAmo2AhggACwAASIGQf8AcUEHdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfWoiBTYCHCADIABBA2o2AhggACwAAiIGQf8AcUEOdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBfGoiBTYCHCADIABBBGo2AhggACwAAyIGQf8AcUEVdCAHciEHQX8hBCAGQX9KDQAgBUUNASADIAFBe2o2AhwgAyAAQQVqNgIYIAAsAAQiAUEASA0BIAFBHHQgB3IhBwsgAiAHaiEIAkACQCADEISAgIAADQAgAiEADAELIAMoAgQhASACIQADQAJAIAMoAgggAWtBBEoNACADIAE2AgQgAxCEgICAAEUNAiADKAIEIQELIAFBAWohBQJAAkAgAS0AACIGQQNxDQAgCCAAayEJIAMoAggiCiAFayEEIAZBAnYiC0EBaiEHAkAgBkE/Sw0AIARBEEkNACAJQRBIDQAgACABKAIBNgIAIAAgASgCBTYCBCAAIAEoAgk2AgggACABKAINNgIMIAAgB2ohACADKAIIIAUgB2oiAWtBBEoNAyADIAE2AgQgAxCEgICAAEUNBAwCCwJAAkAgBkHwAU8NACAFIQYMAQsgCiAFIAtBRWoiAWoiBmshBCABQQJ0QYCIgIAAaigCACAFKAIAcUEBaiEHCwJAIAcgBE0NAANAIAggAGsgBEkNBSAAIAYgBBCBgICAACEAIAMoAgAiASABKAIAIgkgAygCDCIFaiIGNgIAIAFBBGoiASABKAIAIgogBWsiATYCACADIAE2AgwgACAEaiEAIAFFDQUgAyAJIApqNgIIIAcgBGshByABIQQgByABSw0ACyAIIABrIQkLIAkgB0kNAyAAIAYgBxCBgICAACAHaiEAIAMoAgggBiAHaiIBa0EESg0CIAMgATYCBCADEISAgIAADQEMAwsgACACayAGQQF0QaCIgIAAai8BACIBQQt2IgpBAnRBgIiAgABqKAIAIAUoAgBxIAFBgA5xaiIHQX9qTQ0CIAggAGshBAJAAkAgAUH/AXEiCUEQSw0AIAdBCEkNACAEQRBJDQAgACAAIAdrIgEoAgA2AgAgACABKAIENgIEIAAgASgCCDYCCCAAIAFBDGooAgA2AgwMAQsCQAJAAkAgBCAJQQpqSQ0AIAAgB2shBCAAIQEgCSEGIAdBB0wNAQwCCyAEIAlJDQUgCUEBaiEEQQAgB2shByAAIQEDQCABIAEgB2otAAA6AAAgAUEBaiEBIARBf2oiBEEBSw0ADAMLCwNAIAEgBCgCADYCACABIAQoAgQ2AgQgBiAHayEGIAEgB2oiASAEayIHQQhIDQALCyAGQQFIDQAgBkEIaiEHA0AgASAEKAIANgIAIAEgBCgCBDYCBCABQQhqIQEgBEEIaiEEIAdBeGoiB0EISw0ACwsgACAJaiEAIAMoAgggBSAKaiIBa0EESg0BIAMgATYCBCADEISAgIAARQ0CCyADKAIEIQEMAAsLIAMoAgAiASABKAIEIAMoAgwiBGs2AgQgASAEIAEoAgBqNgIAAkAgAy0AEA0AQX4hBAwBC0EAQX0gCCAARhshBAsgA0EgaiSAgICAACAEC7YDAQd/AkAgACgCBCIBIAAoAggiAkcNACAAKAIAIgIgAigCACIDIAAoAgwiBGoiATYCACACQQRqIgIgAigCACICIARrIgU2AgAgACAFNgIMAkAgAiAERw0AIABBAToAEEEADwsgACADIAJqIgI2AggLAkACQAJAIAIgAWsiAiABLQAAQQF0QaCIgIAAai8BAEELdkEBaiIFTw0AIABBEWogASACEIKAgIAAIQYgACgCDCEEQQAhByAAQQA2AgwgACgCACIBIAEoAgQgBGs2AgQgASAEIAEoAgBqIgM2AgADQCABQQRqKAIAIgFFDQMgBiACaiADIAUgAmsiBCABIAQgAUkbIgQQgYCAgAAaIAAoAgAiASABKAIEIARrNgIEIAEgASgCACAEaiIDNgIAIAQgAmoiAiAFSQ0ACyAAIAY2AgQgACAGIAVqNgIIDAELAkAgAkEESw0AIAAgAEERaiABIAIQgoCAgAAiASACajYCCCAAIAE2AgQgACgCDCECIABBADYCDCAAKAIAIgEgASgCBCACazYCBCABIAIgASgCAGo2AgAMAQsgACABNgIEC0EBIQcLIAcLC6gEAQBBgAgLoAQAAAAA/wAAAP//AAD///8A/////wAAAAAAAAAAAAAAAAEABAgBEAEgAgAFCAIQAiADAAYIAxADIAQABwgEEAQgBQAICAUQBSAGAAkIBhAGIAcACggHEAcgCAALCAgQCCAJAAQJCRAJIAoABQkKEAogCwAGCQsQCyAMAAcJDBAMIA0ACAkNEA0gDgAJCQ4QDiAPAAoJDxAPIBAACwkQEBAgEQAEChEQESASAAUKEhASIBMABgoTEBMgFAAHChQQFCAVAAgKFRAVIBYACQoWEBYgFwAKChcQFyAYAAsKGBAYIBkABAsZEBkgGgAFCxoQGiAbAAYLGxAbIBwABwscEBwgHQAICx0QHSAeAAkLHhAeIB8ACgsfEB8gIAALCyAQICAhAAQMIRAhICIABQwiECIgIwAGDCMQIyAkAAcMJBAkICUACAwlECUgJgAJDCYQJiAnAAoMJxAnICgACwwoECggKQAEDSkQKSAqAAUNKhAqICsABg0rECsgLAAHDSwQLCAtAAgNLRAtIC4ACQ0uEC4gLwAKDS8QLyAwAAsNMBAwIDEABA4xEDEgMgAFDjIQMiAzAAYOMxAzIDQABw40EDQgNQAIDjUQNSA2AAkONhA2IDcACg43EDcgOAALDjgQOCA5AAQPORA5IDoABQ86EDogOwAGDzsQOyA8AAcPPBA8IAEICA89ED0gARAJDz4QPiABGAoPPxA/IAEgCw9AEEAgAGQEbmFtZQE9BQARX193YXNtX2NhbGxfY3RvcnMBBm1lbWNweQIHbWVtbW92ZQMKdW5jb21wcmVzcwQKcmVmaWxsX3RhZwcSAQAPX19zdGFja19wb2ludGVyCQoBAAcucm9kYXRhADIJcHJvZHVjZXJzAQxwcm9jZXNzZWQtYnkBDFVidW50dSBjbGFuZwsxNi4wLjYgKDE1KQAsD3RhcmdldF9mZWF0dXJlcwIrD211dGFibGUtZ2xvYmFscysIc2lnbi1leHQ=";function decompressLz4(e,t){const r=new Uint8Array(t);try{let t=0;let n=0;while(t<e.length-8){const a=e[t++]<<24|e[t++]<<16|e[t++]<<8|e[t++];const i=e[t++]<<24|e[t++]<<16|e[t++]<<8|e[t++];if(e.length-t<i)throw new Error("lz4 not hadoop");if(r.length<a)throw new Error("lz4 not hadoop");const o=lz4basic(e.subarray(t,t+i),r,n);if(o!==a)throw new Error("lz4 not hadoop");t+=i;n+=a;if(t===e.length)return r}if(t<e.length)throw new Error("lz4 not hadoop")}catch(t){if(t instanceof Error&&t.message!=="lz4 not hadoop")throw t;lz4basic(e,r,0)}return r}function decompressLz4Raw(e,t){const r=new Uint8Array(t);lz4basic(e,r,0);return r}function lz4basic(e,t,r){let n=r;for(let a=0;a<e.length;){const i=e[a++];let o=i>>4;if(o){let i=o+240;while(i===255)o+=i=e[a++];t.set(e.subarray(a,a+o),n);n+=o;a+=o;if(a>=e.length)return n-r}const s=e[a++]|e[a++]<<8;if(!s||s>n){throw new Error(`lz4 offset out of range ${s}`)}let f=i&15;let l=f+240;while(l===255)f+=l=e[a++];f+=4;let u=n-s;const c=n+f;while(n<c)t[n++]=t[u++]}return n-r}const gr={SNAPPY:snappyUncompressor(),GZIP:(e,t)=>gzip_gunzip(e,new Uint8Array(t)),BROTLI:decompressBrotli,ZSTD:e=>decompress(e),LZ4:decompressLz4,LZ4_RAW:decompressLz4Raw};function decompressGzip(e,t){return gunzip(e,new Uint8Array(t))}async function readParquet(e,t,r){let n;try{n=t?toAsyncBuffer((0,u.gunzipSync)(await(0,i.readFile)(e))):await asyncBufferFromFile(e)}catch(t){throw new errors_UserError(`${e} could not be read: ${t.message}`,{location:{file:e}})}let a;try{a=await metadata_parquetMetadataAsync(n)}catch(t){throw new errors_UserError(`${e} is not a readable Parquet file: ${t.message}`,{location:{file:e}})}const o=metadata_parquetSchema(a).children.map(e=>e.element.name);const s=Number(a.num_rows);if(s===0)throw new errors_UserError(`${e} has no data rows.`,{location:{file:e}});const f=new Int32Array(s);for(let e=0;e<s;e++)f[e]=r.nextSlot();const l=new Map;for(const e of o){const t=r.column(e);if(t)l.set(e,t)}const c={file:e,line:0,column:0};try{let e=0;for(const t of a.row_groups){const r=e+Number(t.num_rows);const i=e;for(const[e,t]of l){await parquetRead({file:n,metadata:a,columns:[e],compressors:gr,rowStart:i,rowEnd:r,onChunk:({columnData:e,rowStart:n,rowEnd:a})=>{const o=Math.max(n,i);const s=Math.min(a,r);for(let r=o;r<s;r++){const a=f[r];if(a>=0)parquet_reader_setValue(t,a,e[r-n],c)}}})}e=r}}catch(t){if(t instanceof errors_UserError)throw t;throw new errors_UserError(`${e} is not a readable Parquet file: ${t.message}`,{location:{file:e}})}return{header:o,rows:s}}function parquet_reader_setValue(e,t,r,n){if(r===null||r===undefined)e.setMissing(t);else if(typeof r==="number")e.setNumber(t,r,n);else if(typeof r==="bigint")e.setNumber(t,Number(r),n);else if(typeof r==="string")e.setText(t,r,n);else if(typeof r==="boolean")e.setText(t,String(r),n);else if(r instanceof Date)e.setNumber(t,r.getTime(),n);else e.setText(t,JSON.stringify(r,(e,t)=>typeof t==="bigint"?Number(t):t),n)}function toAsyncBuffer(e){const t=new Uint8Array(e).buffer;return{byteLength:t.byteLength,slice:(e,r)=>t.slice(e,r)}}function seededRandom(e){let t=e>>>0;return()=>{t=t+1831565813>>>0;let e=t;e=Math.imul(e^e>>>15,e|1);e^=e+Math.imul(e^e>>>7,e|61);return((e^e>>>14)>>>0)/4294967296}}class TableBuilder{options;builders=new Map;wanted;numeric;categorical;random;rowsSeen=0;constructor(e){this.options=e;this.wanted=e.columns?new Set(e.columns):undefined;this.numeric=new Set(e.numericColumns??[]);this.categorical=new Set(e.categoricalColumns??[]);this.random=seededRandom(e.seed)}column(e){let t=this.builders.get(e);if(t)return t;if(this.wanted&&!this.wanted.has(e))return undefined;const r=this.categorical.has(e)?"categorical":this.numeric.has(e)?"numeric":"infer";t=new ColumnBuilder(e,r,undefined,this.options.counting);this.builders.set(e,t);return t}expectRows(e){const t=Math.min(this.options.maxRows,Math.ceil(this.rowsSeen+e));for(const e of this.builders.values())e.ensureCapacity(t)}nextSlot(){const e=this.rowsSeen++;const t=this.options.maxRows;if(e<t)return e;const r=Math.floor(this.random()*(e+1));return r<t?r:-1}sequentialRoom(){return this.options.maxRows-this.rowsSeen}takeRows(e){this.rowsSeen+=e}get rowCount(){return Math.min(this.rowsSeen,this.options.maxRows)}get sampled(){return this.rowsSeen>this.options.maxRows?{from:this.rowsSeen,seed:this.options.seed}:undefined}names(){return[...this.builders.keys()]}finish(e,t){const r=this.rowCount;const n=this.sampled!==undefined;return[...this.builders.values()].map(a=>a.finish(r,e,t,n))}}const mr=5e6;const wr=42;const yr=1<<20;const Ir={".csv":"csv",".tsv":"tsv",".tab":"tsv",".jsonl":"jsonl",".ndjson":"jsonl",".json":"jsonl",".parquet":"parquet",".pq":"parquet"};function formatFromPath(e){let t=e.toLowerCase();const r=t.endsWith(".gz");if(r)t=t.slice(0,-3);return{format:Ir[l().extname(t)],gzip:r}}async function readTable(e,t={}){return await read(e,t,false)}function readDistributions(e,t={}){return read(e,t,true)}async function read(e,t,r){const n=await glob_expandPaths(e);const a=t.maxRows??mr;const s=t.seed??wr;const f=new TableBuilder({...t,maxRows:a,seed:s,counting:r});const u=[];let c;for(const e of n){const r=l().relative(process.cwd(),e);const n=r===""||r.startsWith("..")||l().isAbsolute(r)?e:r;const a=formatFromPath(e);const s={...a,gzip:a.gzip||await startsWithGzipMagic(e)};const d=t.format??s.format;if(!d){throw new errors_UserError(`Cannot tell the format of ${n} from its extension.`,{location:{file:n},hint:"Use .csv, .tsv, .jsonl or .parquet (optionally .gz), or set the 'format' input."})}const h=await(0,i.stat)(e);if(h.size===0)throw new errors_UserError(`${n} is empty (0 bytes).`,{location:{file:n}});const A=t.hash===false?br:(0,o.createHash)("sha256");let p;let v;if(d==="parquet"){const t=hashFile(e,A);const r=await readParquet(e,s.gzip,f);await t;p=r.header;v=r.rows}else if(d==="jsonl"){v=(await readJsonLines(openChunks(e,s.gzip,A,n),n,f)).rows}else{const t=s.gzip?iterableSource(openChunks(e,true,A,n)):new FileSource(e,A,yr);const r=await readDelimited(t,n,d==="tsv"?9:44,f,s.gzip?undefined:h.size);p=r.header;v=r.rows}if(p){if(c)checkSameColumns(c,{file:n,names:p});else c={file:n,names:p}}u.push({path:n,format:d,sha256:A.digest("hex"),bytes:h.size,gzip:s.gzip,rows:v});t.logger?.debug(`Read ${v} rows from ${n} (${d}${s.gzip?", gzip":""}, ${h.size} bytes).`)}const d=[];const h=f.finish(t.strayTolerance??.05,d);const A=f.sampled;if(A){d.push(`${A.from} rows were read; a uniform random sample of ${f.rowCount} rows (seed ${s}) was kept because of max-rows.`)}for(const e of d)t.logger?.warning(e);return makeTable(u,f.rowCount,h,d,A)}function makeTable(e,t,r,n,a){const i=new Map(r.map(e=>[e.name,e]));return{sources:e,rowCount:t,columns:r,notes:n,...a?{sampled:a}:{},column:e=>i.get(e)}}async function*openChunks(e,t,r,n){const a=(0,s.createReadStream)(e,{highWaterMark:yr});if(!t){for await(const e of a){r.update(e);yield e}return}a.on("data",e=>r.update(e));const i=(0,u.createGunzip)({chunkSize:yr});a.pipe(i);a.on("error",e=>i.destroy(e));try{for await(const e of i)yield e}catch(e){if(e instanceof errors_UserError)throw e;throw new errors_UserError(`${n} is not a valid gzip file: ${e.message}`,{location:{file:n}})}}async function hashFile(e,t){for await(const r of(0,s.createReadStream)(e,{highWaterMark:yr}))t.update(r)}const br={update:()=>br,digest:()=>""};async function data_hashFiles(e){const t=await expandPaths(e);return Promise.all(t.map(async e=>{const t=createHash("sha256");await hashFile(e,t);return t.digest("hex")}))}function checkSameColumns(e,t){const r=new Set(e.names);const n=new Set(t.names);const a=e.names.filter(e=>!n.has(e));const i=t.names.filter(e=>!r.has(e));if(a.length>0||i.length>0){throw new errors_UserError(`${t.file} does not have the same columns as ${e.file}${a.length?`; missing: ${a.join(", ")}`:""}${i.length?`; extra: ${i.join(", ")}`:""}.`,{location:{file:t.file,line:1}})}}async function startsWithGzipMagic(e){const t=await(0,i.open)(e,"r");try{const e=Buffer.alloc(2);const{bytesRead:r}=await t.read(e,0,2,0);return r===2&&e[0]===31&&e[1]===139}finally{await t.close()}}const Er=[[0,0,11],[0,11,11],[0,22,10],[1,0,11],[1,11,11],[1,22,10]];function radix_sort_sortFloat64(e){const t=e.length;if(t<4096)return e.sort();const r=bucketSort(e);if(r)return r;return radixSort(e)}function sortedFinite(e){const{min:t,max:r,finite:n}=finiteRange(e);return sortWithin(e,n,t,r,false).sorted}function sortedFiniteWithMoments(e){const{min:t,max:r,finite:n}=finiteRange(e);return sortWithin(e,n,t,r,true)}function finiteSample(e,t){const{min:r,max:n,finite:a}=t?{min:t.low,max:t.high,finite:t.finite}:finiteRange(e);const i=a>0?countOnGrid(e,e.length,a,r,n,t?.decimals):undefined;return i??sortWithin(e,a,r,n,true)}function sortWithin(e,t,r,n,a){const i=e.length;if(t<4096||!Number.isFinite(n-r)||r===n){const r=new Float64Array(t);let n=0;for(let t=0;t<i;t++)if(e[t]-e[t]===0)r[n++]=e[t];const o=radix_sort_markSorted(radix_sort_sortFloat64(r));return{sorted:o,moments:a?sortedMoments(o):undefined}}const o=countingSortDecimals(e,i,t,r,n);if(o)return{sorted:radix_sort_markSorted(o.sorted),moments:a?o.moments:undefined};const s=radix_sort_markSorted(distribute(e,i,t,r,n));return{sorted:s,moments:a?sortedMoments(s):undefined}}function finiteRange(e){let t=Infinity;let r=-Infinity;let n=0;for(let a=0;a<e.length;a++){const i=e[a];if(i-i===0){n++;if(i<t)t=i;if(i>r)r=i}}return{min:t,max:r,finite:n}}function sortedMoments(e){const t=e.length;let r=0;const n=new summation_Sum;for(let a=0;a<t;a++){const t=e[a];if(a===0||t!==e[a-1])r++;n.add(t)}const a=t===0?Number.NaN:n.value/t;const i=new summation_Sum;for(let r=0;r<t;r++){const t=e[r]-a;i.add(t*t)}return{distinct:r,mean:a,m2:i.value}}function bucketSort(e){const t=e.length;let r=Infinity;let n=-Infinity;for(let a=0;a<t;a++){const t=e[a];if(t<r)r=t;if(t>n)n=t}if(!Number.isFinite(r)||!Number.isFinite(n)||!Number.isFinite(n-r))return undefined;if(r===n)return e;e.set(countingSortDecimals(e,t,t,r,n)?.sorted??distribute(e,t,t,r,n));return e}function distribute(e,t,r,n,a){const i=r>>2;const o=i/(a-n);const s=i-1;const f=new Int32Array(i+1);for(let r=0;r<t;r++){const t=e[r];if(t-t!==0)continue;const a=Math.floor((t-n)*o);f[a>s?s:a]++}let l=0;for(let e=0;e<=i;e++){const t=f[e];f[e]=l;l+=t}const u=f.slice(0,i);const c=new Float64Array(r);for(let r=0;r<t;r++){const t=e[r];if(t-t!==0)continue;const a=Math.floor((t-n)*o);c[u[a>s?s:a]++]=t}for(let e=0;e<i;e++){const t=f[e];const r=f[e+1];const n=r-t;if(n<2)continue;if(n>48){c.subarray(t,r).sort();continue}for(let e=t+1;e<r;e++){const r=c[e];let n=e-1;while(n>=t&&c[n]>r){c[n+1]=c[n];n--}c[n+1]=r}}return c}function radixSort(e){const t=e.length;const r=new Uint32Array(e.buffer,e.byteOffset,t*2);let n=new Uint32Array(t);let a=new Uint32Array(t);for(let e=0;e<t;e++){const t=r[2*e+1];const i=r[2*e];if(t&2147483648){a[e]=~t>>>0;n[e]=~i>>>0}else{a[e]=(t|2147483648)>>>0;n[e]=i}}let i=new Uint32Array(t);let o=new Uint32Array(t);const s=new Uint32Array(2048);for(const[e,r,f]of Er){const l=e===0?n:a;const u=(1<<f)-1;s.fill(0);for(let e=0;e<t;e++)s[l[e]>>>r&u]++;if(s[l[0]>>>r&u]===t)continue;let c=0;for(let e=0;e<=u;e++){const t=s[e];s[e]=c;c+=t}for(let e=0;e<t;e++){const t=s[l[e]>>>r&u]++;i[t]=n[e];o[t]=a[e]}[n,i]=[i,n];[a,o]=[o,a]}for(let e=0;e<t;e++){const t=a[e];if(t&2147483648){r[2*e+1]=(t&2147483647)>>>0;r[2*e]=n[e]}else{r[2*e+1]=~t>>>0;r[2*e]=~n[e]>>>0}}return e}const Br=new WeakSet;function radix_sort_markSorted(e){Br.add(e);return e}function radix_sort_isSorted(e){if(e instanceof Float64Array&&Br.has(e))return true;for(let t=1;t<e.length;t++)if(e[t-1]>e[t])return false;return true}function sorting_sorted(e){if(e instanceof Float64Array&&isSorted(e))return e;return sortFloat64(Float64Array.from(e))}function sorting_upperBound(e,t){let r=0;let n=e.length;while(r<n){const a=r+n>>>1;if(e[a]<=t)r=a+1;else n=a}return r}function sorting_lowerBound(e,t){let r=0;let n=e.length;while(r<n){const a=r+n>>>1;if(e[a]<t)r=a+1;else n=a}return r}function sorting_mergeSorted(e,t){const r=new Float64Array(e.length+t.length);let n=0;let a=0;let i=0;while(n<e.length&&a<t.length)r[i++]=e[n]<=t[a]?e[n++]:t[a++];while(n<e.length)r[i++]=e[n++];while(a<t.length)r[i++]=t[a++];return r}function sorting_pooledRanks(e,t){const r=new Float64Array(e.length);const n=new Float64Array(t.length);const a=[];let i=0;let o=0;let s=0;while(i<e.length||o<t.length){const f=o>=t.length||i<e.length&&e[i]<=t[o]?e[i]:t[o];let l=0;let u=0;while(i+l<e.length&&e[i+l]===f)l++;while(o+u<t.length&&t[o+u]===f)u++;const c=l+u;const d=s+(c+1)/2;for(let e=0;e<l;e++)r[i+e]=d;for(let e=0;e<u;e++)n[o+e]=d;if(c>1)a.push(c);s+=c;i+=l;o+=u}return{ra:r,rb:n,ties:a}}function sorting_gcd(e,t){while(t)[e,t]=[t,e%t];return e}function sorting_roundHalfEven(e){const t=Math.round(e);return Math.abs(e%1)===.5&&t%2!==0?t-1:t}const xr=null&&[.675,1.281,1.645,1.96,2.326,2.573,3.085];const Cr=null&&[-.245,.25,.678,1.149,1.822,2.364,3.615];const Sr=null&&[-.105,-.305,-.362,-.391,-.396,-.345,-.154];const Qr=null&&[.25,.1,.05,.025,.01,.005,.001];function andersonKsamp(e,t){const r=[sorted(e),sorted(t)];const n=r.length;const a=mergeSorted(r[0],r[1]);const i=a.length;const o=[];for(let e=0;e<i;e++)if(e===0||a[e]!==a[e-1])o.push(a[e]);if(o.length<2)throw new RangeError("anderson_ksamp needs more than one distinct observation");const s=r.map(e=>e.length);let f=0;const l=o.map(e=>lowerBound(a,e));const u=o.map((e,t)=>i===o.length?1:upperBound(a,e)-l[t]);const c=o.map((e,t)=>l[t]+u[t]/2);for(let e=0;e<n;e++){const t=r[e];const n=s[e];let a=0;for(let e=0;e<o.length;e++){const r=upperBound(t,o[e]);const s=r-lowerBound(t,o[e]);const f=r-s/2;const l=c[e];a+=u[e]/i*(i*f-l*n)**2/(l*(i-l)-i*u[e]/4)}f+=a/n}f*=(i-1)/i;const d=s.reduce((e,t)=>e+1/t,0);let h=0;let A=0;for(let e=0,t=i-1;t>1;e++,t--){h+=1/t;A+=h/(e+2)}const p=h+1;const v=(4*A-6)*(n-1)+(10-6*A)*d;const g=(2*A-4)*n**2+8*p*n+(2*A-14*p-4)*d-8*p+4*A-6;const m=(6*p+2*A-2)*n**2+(4*p-4*A+6)*n+(2*p-6)*d+4*p;const w=(2*p+6)*n**2-4*p*n;const y=(v*i**3+g*i**2+m*i+w)/((i-1)*(i-2)*(i-3));const I=n-1;const b=(f-I)/Math.sqrt(y);const E=xr.map((e,t)=>e+Cr[t]/Math.sqrt(I)+Sr[t]/I);const B=Math.min(...E);const x=Math.max(...E);if(b<B)return{statistic:b,pValue:.25,critical:E,capped:true};if(b>x)return{statistic:b,pValue:.001,critical:E,capped:true};const[C,S,Q]=quadraticFit(E,Qr.map(Math.log));return{statistic:b,pValue:Math.exp((C*b+S)*b+Q),critical:E,capped:false}}function quadraticFit(e,t){const r=e.length;const n=e.reduce((e,t)=>e+t,0)/r;const a=[0,0,0,0,0];const i=[0,0,0];for(let o=0;o<r;o++){const r=e[o]-n;let s=1;for(let e=0;e<5;e++){a[e]+=s;if(e<3)i[e]+=s*t[o];s*=r}}const o=[[a[0],a[1],a[2]],[a[1],a[2],a[3]],[a[2],a[3],a[4]]];const[s,f,l]=solve3(o,i);return[l,f-2*l*n,s-f*n+l*n*n]}function solve3(e,t){const r=e.map((e,r)=>[...e,t[r]]);for(let e=0;e<3;e++){let t=e;for(let n=e+1;n<3;n++)if(Math.abs(r[n][e])>Math.abs(r[t][e]))t=n;[r[e],r[t]]=[r[t],r[e]];for(let t=0;t<3;t++){if(t===e)continue;const n=r[t][e]/r[e][e];for(let a=e;a<4;a++)r[t][a]-=n*r[e][a]}}return[r[0][3]/r[0][0],r[1][3]/r[1][1],r[2][3]/r[2][2]]}function cdfDistance(e,t,r){const n=sorted(t);const a=sorted(r);const i=n.length;const o=a.length;if(i===0||o===0)throw new RangeError("distance needs two non-empty samples");const s=new Sum;let f=0;let l=0;let u=Math.min(n[0],a[0]);while(f<i&&n[f]===u)f++;while(l<o&&a[l]===u)l++;while(f<i||l<o){const t=l>=o||f<i&&n[f]<=a[l]?n[f]:a[l];const r=f/i-l/o;const c=t-u;s.add(e===1?Math.abs(r)*c:r*r*c);while(f<i&&n[f]===t)f++;while(l<o&&a[l]===t)l++;u=t}return e===1?s.value:Math.sqrt(s.value)}function wassersteinDistance(e,t){return cdfDistance(1,e,t)}function energyDistance(e,t){return Math.SQRT2*cdfDistance(2,e,t)}var Nr=n(5479);function chi2Sf(e,t){if(!(t>0)||Number.isNaN(e))return Number.NaN;if(e===Infinity)return 0;if(e<=0)return 1;return gammainc(e/2,t/2,true,true)}function xlogy(e,t){return e===0&&!Number.isNaN(t)?0:e*Math.log(t)}function powerDivergence(e,t,r){const n=new Sum;for(let a=0;a<e.length;a++){const i=e[a];const o=t[a];n.add(r==="pearson"?(i-o)*(i-o)/o:2*xlogy(i,i/o))}const a=n.value;return{statistic:a,pValue:chi2Sf(a,e.length-1)}}function chisquare(e,t){return powerDivergence(e,t,"pearson")}var Mr=n(7711);function cramerVonMises2samp(e,t){const r=sorted(e);const n=sorted(t);const a=r.length;const i=n.length;if(a<=1||i<=1)throw new RangeError("cramervonmises_2samp needs at least two observations per sample");const o=Math.max(a,i)>20?"asymptotic":"exact";const{ra:s,rb:f}=pooledRanks(r,n);const l=new Sum;for(let e=0;e<a;e++)l.add((s[e]-(e+1))**2);const u=new Sum;for(let e=0;e<i;e++)u.add((f[e]-(e+1))**2);const c=a*l.value+i*u.value;const d=a*i;const h=a+i;const A=c/(d*h)-(4*d-1)/(6*h);let p;if(o==="exact")p=exactPValue(c,a,i);else{const e=(1+1/h)/6;let t=(h+1)*(4*d*h-3*(a**2+i**2)-2*d);t=t/(45*h**2*4*d);const r=1/6+(A-e)/Math.sqrt(45*t);p=r<.003?1:Math.max(0,1-cdfCvmInf(r))}return{statistic:A,pValue:p,method:o}}function exactPValue(e,t,r){const n=t*r/cramer_von_mises_gcd(t,r);const a=n/t;const i=n/r;const o=t*r;const s=Math.floor(n**2*(t+r)*(6*e-o*(4*o-1))/(6*o**2));let f=[new Map([[0,1]])];for(let e=1;e<=t;e++)f.push(new Map);for(let e=0;e<=r;e++){const r=[];let n=new Map;for(let o=0;o<=t;o++){const t=new Map(n);for(const[e,r]of f[o])t.set(e,(t.get(e)??0)+r);const s=(a*o-i*e)**2;n=new Map;for(const[e,r]of t)n.set(e+s,r);r.push(n)}f=r}let l=0;let u=0;for(const[e,r]of f[t]){u+=r;if(e>=s)l+=r}return l/u}function cramer_von_mises_gcd(e,t){while(t)[e,t]=[t,e%t];return e}function scaledBesselK(e,t){const r=.02;const n=new Sum;n.add(.5*Math.exp(-2*t));for(let a=1;;a++){const i=a*r;const o=Math.exp(-t*(1+Math.cosh(i)))*Math.cosh(e*i);n.add(o);if(o<1e-300||o<1e-18*n.value&&t*Math.cosh(i)>40)break}return n.value*r}function cdfCvmInf(e){let t=0;for(let r=0;;r++){const n=Math.exp(gammaln(r+.5)-gammaln(r+1))/(Math.PI**1.5*Math.sqrt(e));const a=4*r+1;const i=a**2/(16*e);const o=n*Math.sqrt(a)*scaledBesselK(.25,i);t+=o;if(!(Math.abs(o)>=1e-7))break}return t}var Tr=n(2558);function fisherExact(e,t,r,n){if(e+r===0||t+n===0||e+t===0||r+n===0)return{statistic:Number.NaN,pValue:1};const a=r>0&&t>0?e*n/(r*t):Infinity;const i=e+t;const o=r+n;const s=e+r;const f=i+o;const l=Math.max(0,s-o);const u=Math.min(s,i);const c=binomcoefln(f,s);const pmf=e=>e<l||e>u?0:Math.exp(binomcoefln(i,e)+binomcoefln(o,s-e)-c);const d=Math.trunc((s+1)*(i+1)/(f+2));const h=pmf(e);const A=pmf(d);const p=1e-14;const v=1+p;if(Math.abs(h-A)/Math.max(h,A)<=p)return{statistic:a,pValue:1};let g=0;if(e<d){for(let t=l;t<=e;t++)g+=pmf(t);for(let e=u;e>d;e--){const t=pmf(e);if(t>=h*v)break;g+=t}}else{for(let t=e;t<=u;t++)g+=pmf(t);for(let e=l;e<d;e++){const t=pmf(e);if(t>h*v)break;g+=t}}return{statistic:a,pValue:Math.min(g,1)}}function sturgesEdges(e,t,r){let n=e;let a=t;if(n===a){n-=.5;a+=.5}const i=(t-e)/(Math.log2(r)+1);const o=i>0?Math.ceil((a-n)/i):1;return linspace(n,a,o+1)}function linspace(e,t,r){const n=new Float64Array(r);const a=(t-e)/(r-1);for(let t=0;t<r;t++)n[t]=t*a+e;if(r>1)n[r-1]=t;return n}function histogram_histogramCounts(e,t){const r=t.length-1;const n=new Float64Array(r);const a=t[0];const i=t[r];if(e instanceof Float64Array&&isSorted(e)){let o=lowerBound(e,a);for(let a=0;a<r-1;a++){const r=lowerBound(e,t[a+1]);n[a]=r-o;o=r}n[r-1]=upperBound(e,i)-o;return n}for(let o=0;o<e.length;o++){const s=e[o];if(!(s>=a&&s<=i))continue;if(s===i){n[r-1]++;continue}let f=0;let l=r;while(l-f>1){const e=f+l>>>1;if(t[e]<=s)f=e;else l=e}n[f]++}return n}const Fr=128;const Ur=null&&2**128;const Rr=null&&2**-128;const Lr=Math.sqrt(2*Math.PI);const kr=Math.log(2*Math.PI);const Pr=null&&-708;const Dr=Math.sqrt(3);const qr=Math.PI**2;const Gr=Math.PI**4;const Yr=Math.PI**6;const Vr=null&&[-3617/122400,1/156,-691/360360,1/1188,-1/1680,1/1260,-1/360,1/12];const clip=e=>Math.min(Math.max(e,0),1);const pick=(e,t,r)=>clip(r?e:t);function polyval(e,t){let r=0;for(const n of e)r=r*t+n;return r}function logFactorialOverPower(e){const t=1/e;return Math.log(e)/2-e+kr/2+t*polyval(Vr,t/e)}function smirnov(e,t){if(t<=0)return 1;if(t>=1)return 0;const r=Math.floor(e*(1-t));let n=0;for(let a=0;a<=r;a++){const r=1-t-a/e;const i=t+a/e;if(r<=0&&e-a>0)continue;const o=binomcoefln(e,a)+(e-a)*Math.log(r)+(a-1)*Math.log(i);n+=Math.exp(o)}return clip(t*n)}function matmul(e,t,r){const n=new Float64Array(r*r);for(let a=0;a<r;a++){for(let i=0;i<r;i++){const o=e[a*r+i];if(o===0)continue;for(let e=0;e<r;e++)n[a*r+e]+=o*t[i*r+e]}}return n}function kolmognDurbin(e,t){if(t>=1)return 1;const r=e*t;if(r<=.5)return 0;const n=Math.ceil(r);const a=n-r;const i=2*n-1;const o=new Float64Array(i);const s=new Float64Array(i);let f=1;for(let e=1;e<=i;e++){s[e-1]=f;f/=e;o[e-1]=(1-a**e)*f}const l=Math.max(2*a-1,0)**i-2*a**i;o[i-1]=(1+l)*f;let u=new Float64Array(i*i);for(let e=1;e<i;e++)for(let t=e-1;t<i;t++)u[t*i+e]=s[t-(e-1)];for(let e=0;e<i;e++)u[e*i]=o[e];for(let e=0;e<i;e++)u[(i-1)*i+e]=o[i-1-e];let c=new Float64Array(i*i);for(let e=0;e<i;e++)c[e*i+e]=1;let d=e;let h=0;let A=0;while(d>0){if(d%2){c=matmul(c,u,i);h+=A}u=matmul(u,u,i);A*=2;if(Math.abs(u[(n-1)*i+(n-1)])>Ur){for(let e=0;e<u.length;e++)u[e]/=Ur;A+=Fr}d=Math.floor(d/2)}let p=c[(n-1)*i+(n-1)];for(let t=1;t<=e;t++){p=t*p/e;if(Math.abs(p)<Rr){p*=Ur;h-=Fr}}return h!==0?p*2**h:p}function pomeranzBounds(e,t,r,n,a){let i;let o;if(e===0){i=-r-n-1;o=r+n-1}else{const s=Math.floor((e+1)/2);if((e+1)%2===0){if(s===t+1){i=t-r-n-1;o=t+r+n-1}else{i=s-1-r-a-1;o=s+r-1+n-1}}else{i=s-1-r-1;o=s+r+a-1}}return[Math.max(i+2,0),Math.min(o,t)]}function kolmognPomeranz(e,t){const r=e*t;const n=Math.floor(r);const a=r-n;const i=Math.min(a,1-a);const o=a>0?1:0;const s=a>.5?1:0;const f=2*(n+1);const l=new Float64Array(f);const u=new Float64Array(f);const c=new Float64Array(f);l[0]=u[0]=c[0]=1;for(let t=1;t<f;t++){l[t]=l[t-1]*(i/e)/t;u[t]=u[t-1]*(2*i/e)/t;c[t]=c[t-1]*((1-2*i)/e)/t}let d=new Float64Array(f);let h=new Float64Array(f);h[0]=1;let A=0;let p=0;let v=0;let g=pomeranzBounds(0,e,n,o,s)[0];let m;for(let t=1;t<2*e+2;t++){const r=g;[d,h]=[h,d];[A,p]=[p,A];h.fill(0);[g,m]=pomeranzBounds(t,e,n,o,s);const a=t===1||t===2*e+1?l:t%2?u:c;const i=m-r+1;if(i>0){const e=g-r;const t=m-g+1;const n=r-A;const o=Math.min(i,f-n);const s=Math.min(i,f);let l=0;for(let r=e;r<e+t;r++){let t=0;for(let e=Math.max(0,r-s+1);e<=Math.min(r,o-1);e++)t+=d[n+e]*a[r-e];h[r-e]=t;if(t>l)l=t}if(l>0&&l<Rr){for(let e=0;e<t;e++)h[e]*=Ur;v-=Fr}p=A+g-r}}let w=h[e-p];for(let t=1;t<=e;t++){if(Math.abs(w)>Ur){w*=Rr;v+=Fr}w*=t}return v!==0?w*2**v:w}function kolmognPelzGood(e,t,r){if(t<=0)return pick(0,1,r);if(t>=1)return pick(1,0,r);const n=Math.sqrt(e)*t;const a=n**2;const i=n**4;const o=n**6;const s=-qr/8/a;if(s<Pr)return pick(0,1,r);let f=Math.exp(s);const l=-a;const u=qr/4;const c=6*o+2*i;const d=(2*i-5*a)*qr/4;const h=Gr*(1-2*a)/16;const A=Yr*(5-30*a)/64;const p=Gr*(-60*a+212*i)/16;const v=qr*(135*i-96*o)/4;const g=-30*o-90*n**8;const m=[0,0,0,0];const w=Math.ceil(16*n/Math.PI);for(let e=w;e>0;e--){const t=2*e-1;const r=t**2;const n=t**4;const a=t**6;const i=f**(8*e);const o=[1,l+u*r,c+d*r+h*n,g+v*r+p*n+A*a];for(let e=0;e<4;e++)m[e]=m[e]*i+o[e]}const y=[n,6*i,72*n**7,6480*n**10];for(let e=0;e<4;e++)m[e]=m[e]*f*Lr/y[e];f=Math.exp(-qr/2/a);let I=0;let b=0;for(let e=w;e>0;e--){const t=e*e;const r=f**t;I+=t*r;b+=(Dr*n+Math.PI*e)*(Dr*n-Math.PI*e)*t*r}m[2]+=I*qr*Lr/(-36*n**3);m[3]+=b*qr*Lr/(216*o);for(let t=0;t<4;t++)m[t]=m[t]/e**(t/2);if(!r){for(let e=0;e<4;e++)m[e]=-m[e];m[0]+=1}return m[0]+m[1]+m[2]+m[3]}function kolmogorov_kstwoSf(e,t){return kolmogn(e,t,false)}function kolmogn(e,t,r){if(!Number.isInteger(e)||e<=0)return Number.NaN;if(t>=1)return pick(1,0,r);if(t<=0)return pick(0,1,r);const n=e*t;if(n<=1){if(n<=.5)return pick(0,1,r);let t;if(e<=140){t=1;for(let r=1;r<=e;r++)t*=r*(1/e)*(2*n-1)}else t=Math.exp(logFactorialOverPower(e)+e*Math.log(2*n-1));return pick(t,1-t,r)}if(n>=e-1){const n=2*(1-t)**e;return pick(1-n,n,r)}if(t>=.5){const n=2*smirnov(e,t);return pick(1-n,n,r)}const a=n*t;if(e<=140){if(a<=.754693){const n=kolmognDurbin(e,t);return pick(n,1-n,r)}if(a<=4){const n=kolmognPomeranz(e,t);return pick(n,1-n,r)}const n=2*smirnov(e,t);return pick(1-n,n,r)}if(!r){if(a>=370)return 0;if(a>=2.2)return clip(2*smirnov(e,t))}let i;if(a>=18)i=1;else if(e<=1e5&&e*t**1.5<=1.4)i=kolmognDurbin(e,t);else i=kolmognPelzGood(e,t,true);return pick(i,1-i,r)}const Hr=1e4;function ks2samp(e,t){const r=sorted(e);const n=sorted(t);const a=r.length;const i=n.length;if(a===0||i===0)throw new RangeError("ks_2samp needs two non-empty samples");let o=-Infinity;let s=Infinity;let f=0;let l=0;while(f<a||l<i){const e=l>=i||f<a&&r[f]<=n[l]?r[f]:n[l];while(f<a&&r[f]===e)f++;while(l<i&&n[l]===e)l++;const t=f/a-l/i;if(t>o)o=t;if(t<s)s=t}const u=Math.min(Math.max(-s,0),1);let c=u>o?u:o;const d=gcd(a,i);if(Math.max(a,i)<=Hr){const e=exactTwoSided(a,i,d,c);if(e)return{statistic:e.d,pValue:e.p,method:"exact"}}const[h,A]=a>=i?[a,i]:[i,a];const p=h*A/(h+A);c=Math.max(c,0);return{statistic:c,pValue:Math.min(Math.max(kstwoSf(roundHalfEven(p),c),0),1),method:"asymp"}}function exactTwoSided(e,t,r,n){const a=e/r*t;const i=roundHalfEven(n*a);const o=i/a;if(i===0)return{d:o,p:1};const s=e===t?probOutsideSquare(e,i):outerProbInside(e,t,r,i);if(!Number.isFinite(s)||s<0||s>1)return undefined;return{d:o,p:s}}function probOutsideSquare(e,t){let r=0;for(let n=Math.floor(e/t);n>=0;n--){let a=1;for(let r=0;r<t;r++)a=(e-n*t-r)*a/(e+n*t+r+1);r=a*(1-r)}return 2*r}function outerProbInside(e,t,r,n){const[a,i]=e>=t?[e,t]:[t,e];const o=a/r;const s=i/r;let f=0;let l=Math.min(Math.ceil(n/o),i+1);let u=l-f;const c=Math.min(2*l+2,i+1);const d=new Float64Array(c).fill(1);for(let e=f;e<l;e++)d[e]=0;for(let e=1;e<=a;e++){const t=f;const r=u;f=Math.min(Math.max(Math.floor((s*e-n)/o)+1,0),i);l=Math.min(Math.ceil((s*e+n)/o),i+1);if(l<=f)return 1;let a=f===0?0:1;for(let r=0;r<l-f;r++){const n=r+f;a=(d[r+f-t]*e+a*n)/(e+n);d[r]=a}u=l-f;if(r>u)d.fill(1,l-f,l-f+(r-u))}return d[l-f-1]}var Wr=n(988);function mannWhitneyU(e,t,r="two-sided"){const n=sorted(e);const a=sorted(t);const i=n.length;const o=a.length;const{ra:s,ties:f}=pooledRanks(n,a);const l=new Sum;for(let e=0;e<i;e++)l.add(s[e]);const u=l.value-i*(i+1)/2;const c=i*o-u;const[d,h]=r==="greater"?[u,1]:r==="less"?[c,1]:[Math.max(u,c),2];const A=!(i>8&&o>8)&&f.length===0;let p;if(A)p=exactSf(Math.trunc(d),i,o);else{const e=i+o;let t=0;for(const e of f)t+=e**3-e;const r=Math.sqrt(i*o/12*(e+1-t/(e*(e-1))));const n=(d-i*o/2-.5)/r;p=.5*erfc(n/Math.SQRT2)}return{statistic:u,pValue:Math.min(Math.max(p*h,0),1)}}function exactSf(e,t,r){const n=t*r+1;let a=new Float64Array(n);a[0]=1;for(let e=1;e<=t;e++){const t=Float64Array.from(a);const i=r+e;for(let e=n-1;e>=i;e--)t[e]-=t[e-i];for(let r=e;r<n;r++)t[r]+=t[r-e];a=t}let i=0;for(let e=0;e<n;e++)i+=a[e];let o=0;const s=t*r-e;for(let e=0;e<=s&&e<n;e++)o+=a[e];return o/i}var Or=n(6021);function ttestInd(e,t){const r=e.length;const n=t.length;const a=r+n-2;const i=((r-1)*variance(e,1)+(n-1)*variance(t,1))/a;const o=Math.sqrt(i*(1/r+1/n));const s=(mean(e)-mean(t))/o;if(Number.isNaN(s))return{statistic:s,pValue:Number.NaN};return{statistic:s,pValue:2*tcdf(-Math.abs(s),a)}}var zr=n(2484);function proportionsZTest(e,t,r,n){const a=e/t;const i=r/n;const o=(a*t+i*n)/(t+n);const s=(a-i)/Math.sqrt(o*(1-o)*(1/t+1/n));return{statistic:s,pValue:2*(1-normalCdf(Math.abs(s),0,1))}}function gridSample(e,t){let r;return{kind:"numeric",grid:e,moments:t,get values(){r??=radix_sort_markSorted(expandGrid(e));return r}}}function portableSample(e){if(e.kind==="numeric"&&e.grid)return{kind:"numeric",grid:e.grid,moments:e.moments,values:Zr};return e}function samples_restoredSample(e){if(e.kind==="numeric"&&e.grid)return gridSample(e.grid,e.moments);if(e.kind==="numeric")markSorted(e.values);return e}const Zr=new Float64Array(0);function sampleSize(e){return e.kind==="numeric"?numericSize(e):e.n}function numericSize(e){return e.grid?e.grid.n:e.values.length}function numericRange(e){if(e.grid)return gridRange(e.grid);return[e.values[0],e.values[e.values.length-1]]}function numericQuantile(e,t){return e.grid?gridQuantile(e.grid,t):quantile(e.values,t)}function numericHistogram(e,t){return e.grid?gridHistogramCounts(e.grid,t):histogramCounts(e.values,t)}function quantile(e,t){const r=(e.length-1)*t;const n=Math.floor(r);const a=Math.min(n+1,e.length-1);return e[n]+(e[a]-e[n])*(r-n)}function valueCounts(e){if(e.kind==="categorical")return new Map(e.counts);const t=new Map;if(e.grid){const{counts:r,low:n,decimals:a}=e.grid;for(let e=0;e<r.length;e++)if(r[e]>0)t.set((n+e)/10**a,r[e]);return t}const r=e.values;for(let e=0;e<r.length;){let n=e+1;while(n<r.length&&r[n]===r[e])n++;t.set(r[e],n-e);e=n}return t}function distinctCount(e){if(e.kind==="categorical")return e.counts.size;if(e.moments)return e.moments.distinct;const t=e.values;let r=0;for(let e=0;e<t.length;e++)if(e===0||t[e]!==t[e-1])r++;return r}function unionKeys(e,t){const r=new Set(e.keys());for(const e of t.keys())r.add(e);return[...r]}function distinctUnionUpTo(e,t,r){if(e.kind==="numeric"&&t.kind==="numeric"&&e.grid&&t.grid)return gridDistinctUnionUpTo(e.grid,t.grid,r);if(e.kind==="numeric"&&t.kind==="numeric"){const n=e.values;const a=t.values;let i=0;let o=0;let s=0;while((i<n.length||o<a.length)&&s<r){const e=o>=a.length||i<n.length&&n[i]<=a[o]?n[i]:a[o];while(i<n.length&&n[i]===e)i++;while(o<a.length&&a[o]===e)o++;s++}return s}return Math.min(r,unionKeys(valueCounts(e),valueCounts(t)).length)}function distinctUpTo(e,t){if(e.kind==="categorical")return Math.min(t,e.counts.size);if(e.moments)return Math.min(t,e.moments.distinct);const r=e.values;let n=0;for(let e=0;e<r.length&&n<t;e++)if(e===0||r[e]!==r[e-1])n++;return n}function toSample(e){if("counts"in e)return gridSample(e.counts,gridMoments(e.counts));if(e.kind==="numeric"){const t=e.grid&&{...e.grid,finite:e.values.length-e.missing};const r=finiteSample(e.values,t);return r.grid?gridSample(r.grid,r.moments):{kind:"numeric",values:r.sorted,moments:r.moments}}const t=new Float64Array(e.levels.length);let r=0;for(let n=0;n<e.codes.length;n++){const a=e.codes[n];if(a>=0){t[a]++;r++}}const n=new Map;e.levels.forEach((e,r)=>{if(t[r]>0)n.set(e,t[r])});return{kind:"categorical",counts:n,n:r}}function summarize(e,t,r){const n=r-sampleSize(t);const a=r===0?0:n/r;if(t.kind==="numeric"){const e=numericSize(t);const{distinct:i,mean:o,m2:s}=t.moments??sortedMoments(t.values);const[f,l]=e?numericRange(t):[null,null];return{kind:"numeric",rows:r,missing:n,missingShare:a,distinct:i,mean:e?o:null,std:e>1?Math.sqrt(s/(e-1)):null,min:f,p25:e?numericQuantile(t,.25):null,median:e?numericQuantile(t,.5):null,p75:e?numericQuantile(t,.75):null,max:l}}const i=[...t.counts.entries()].sort((e,t)=>t[1]-e[1]||(e[0]<t[0]?-1:1)).slice(0,10).map(([e,t])=>({value:e,count:t}));void e;return{kind:"categorical",rows:r,missing:n,missingShare:a,distinct:t.counts.size,top:i}}async function loadSide(e,t){const r=await readDistributions(e,t);const n=new Map(r.columns.map(e=>[e.name,toSample(e)]));const a=new Map(r.columns.map(e=>[e.name,summarize(e,n.get(e.name),r.rowCount)]));return{table:r,samples:n,summaries:a}}let jr;function enableParallelLoad(e){jr=e}async function startLoadInBackground(e,t,r){const here=()=>({side:loadSide(e,{...t,logger:r})});if(!jr||process.env.ML_ACTIONS_DRIFT_WORKER==="0")return here();const n=jr;const a=process.env.ML_ACTIONS_DRIFT_WORKER==="1"||await inputBytes(e).then(e=>e>=Jr,()=>false);return a?{side:loadInWorker(n,e,t,r)}:here()}const Jr=null&&16<<20;async function inputBytes(e){const t=await expandPaths(e);const r=await Promise.all(t.map(async e=>(await stat(e)).size));return r.reduce((e,t)=>e+t,0)}function loadInWorker(e,t,r,n){const a={role:"check-data-drift/load-side",paths:t,options:{...r,hash:false}};const i=hashFiles(t);i.catch(()=>undefined);const o=new Promise((t,r)=>{const i=new Worker(e,{workerData:a});i.once("message",e=>{void i.terminate();if(!e.ok){r(e.user?new UserError(e.message,{location:e.location??{},...e.hint?{hint:e.hint}:{}}):new Error(e.message));return}for(const[t,r]of e.logs)if(t!=="group")n[t](r);const a=new Map(e.table.columns.map(e=>[e.name,e]));t({table:{...e.table,column:e=>a.get(e)},samples:new Map(e.samples.map(([e,t])=>[e,restoredSample(t)])),summaries:new Map(e.summaries)})});i.once("error",r);i.once("exit",e=>{if(e!==0)r(new Error(`the reading worker stopped with code ${e}`))})});return o.then(async e=>{const t=await i;const r=e.table.sources.map((e,r)=>({...e,sha256:t[r]}));return{...e,table:{...e.table,sources:r}}})}async function serveLoadWorker(){const e=a.workerData;if(a.isMainThread||e?.role!=="check-data-drift/load-side"||!a.parentPort)return false;const t=[];const r={debug:e=>t.push(["debug",e]),info:e=>t.push(["info",e]),notice:e=>t.push(["notice",e]),warning:e=>t.push(["warning",e]),error:e=>t.push(["error",e]),group:(e,t)=>t()};try{const{table:n,samples:i,summaries:o}=await loadSide(e.paths,{...e.options,logger:r});const s=new Set;for(const e of n.columns){const t="counts"in e?e.counts.counts:e.kind==="numeric"?e.values:e.codes;s.add(t.buffer)}const f=[...i].map(([e,t])=>[e,portableSample(t)]);for(const[,e]of f){if(e.kind!=="numeric")continue;s.add((e.grid?e.grid.counts:e.values).buffer)}const{sources:l,rowCount:u,columns:c,notes:d,sampled:h}=n;const A={ok:true,table:{sources:l,rowCount:u,columns:c,notes:d,...h?{sampled:h}:{}},samples:f,summaries:[...o],logs:t};a.parentPort.postMessage(A,[...s])}catch(e){const t=e instanceof errors_UserError;const r={ok:false,user:t,message:e.message,...t?{location:e.location,...e.hint?{hint:e.hint}:{}}:{}};a.parentPort.postMessage(r)}return true}},9815:(e,t,r)=>{r.a(e,async(e,t)=>{try{var n=r(5138);var a=r(3326);await(0,a.i)();t()}catch(e){t(e)}},1)},5138:(t,r,n)=>{const a=e(import.meta.url)("node:module");var i=n(6760);var o=n.n(i);const s=e(import.meta.url)("node:url");const f=globalThis;f.require??=(0,a.createRequire)(import.meta.url);f.__filename??=(0,s.fileURLToPath)(import.meta.url);f.__dirname??=o().dirname((0,s.fileURLToPath)(import.meta.url))},6760:t=>{t.exports=e(import.meta.url)("node:path")},7994:e=>{e.exports=JSON.parse("[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368000,20922789888000,355687428096000,6402373705728000,121645100408832000,2432902008176640000,51090942171709440000,1.1240007277776077e+21,2.585201673888498e+22,6.204484017332394e+23,1.5511210043330986e+25,4.0329146112660565e+26,1.0888869450418352e+28,3.0488834461171387e+29,8.841761993739702e+30,2.6525285981219107e+32,8.222838654177922e+33,2.631308369336935e+35,8.683317618811886e+36,2.9523279903960416e+38,1.0333147966386145e+40,3.7199332678990125e+41,1.3763753091226346e+43,5.230226174666011e+44,2.0397882081197444e+46,8.159152832478977e+47,3.345252661316381e+49,1.40500611775288e+51,6.041526306337383e+52,2.658271574788449e+54,1.1962222086548019e+56,5.502622159812089e+57,2.5862324151116818e+59,1.2413915592536073e+61,6.082818640342675e+62,3.0414093201713376e+64,1.5511187532873822e+66,8.065817517094388e+67,4.2748832840600255e+69,2.308436973392414e+71,1.2696403353658276e+73,7.109985878048635e+74,4.0526919504877214e+76,2.3505613312828785e+78,1.3868311854568984e+80,8.32098711274139e+81,5.075802138772248e+83,3.146997326038794e+85,1.98260831540444e+87,1.2688693218588417e+89,8.247650592082472e+90,5.443449390774431e+92,3.647111091818868e+94,2.4800355424368305e+96,1.711224524281413e+98,1.1978571669969892e+100,8.504785885678623e+101,6.1234458376886085e+103,4.4701154615126844e+105,3.307885441519386e+107,2.48091408113954e+109,1.8854947016660504e+111,1.4518309202828587e+113,1.1324281178206297e+115,8.946182130782976e+116,7.156945704626381e+118,5.797126020747368e+120,4.753643337012842e+122,3.945523969720659e+124,3.314240134565353e+126,2.81710411438055e+128,2.4227095383672734e+130,2.107757298379528e+132,1.8548264225739844e+134,1.650795516090846e+136,1.4857159644817615e+138,1.352001527678403e+140,1.2438414054641308e+142,1.1567725070816416e+144,1.087366156656743e+146,1.032997848823906e+148,9.916779348709496e+149,9.619275968248212e+151,9.426890448883248e+153,9.332621544394415e+155,9.332621544394415e+157,9.42594775983836e+159,9.614466715035127e+161,9.90290071648618e+163,1.0299016745145628e+166,1.081396758240291e+168,1.1462805637347084e+170,1.226520203196138e+172,1.324641819451829e+174,1.4438595832024937e+176,1.588245541522743e+178,1.7629525510902446e+180,1.974506857221074e+182,2.2311927486598138e+184,2.5435597334721877e+186,2.925093693493016e+188,3.393108684451898e+190,3.969937160808721e+192,4.684525849754291e+194,5.574585761207606e+196,6.689502913449127e+198,8.094298525273444e+200,9.875044200833601e+202,1.214630436702533e+205,1.506141741511141e+207,1.882677176888926e+209,2.372173242880047e+211,3.0126600184576594e+213,3.856204823625804e+215,4.974504222477287e+217,6.466855489220474e+219,8.47158069087882e+221,1.1182486511960043e+224,1.4872707060906857e+226,1.9929427461615188e+228,2.6904727073180504e+230,3.659042881952549e+232,5.012888748274992e+234,6.917786472619489e+236,9.615723196941089e+238,1.3462012475717526e+241,1.898143759076171e+243,2.695364137888163e+245,3.854370717180073e+247,5.5502938327393044e+249,8.047926057471992e+251,1.1749972043909107e+254,1.727245890454639e+256,2.5563239178728654e+258,3.80892263763057e+260,5.713383956445855e+262,8.62720977423324e+264,1.3113358856834524e+267,2.0063439050956823e+269,3.0897696138473508e+271,4.789142901463394e+273,7.471062926282894e+275,1.1729568794264145e+278,1.853271869493735e+280,2.9467022724950384e+282,4.7147236359920616e+284,7.590705053947219e+286,1.2296942187394494e+289,2.0044015765453026e+291,3.287218585534296e+293,5.423910666131589e+295,9.003691705778438e+297,1.503616514864999e+300,2.5260757449731984e+302,4.269068009004705e+304,7.257415615307999e+306]")}};var r={};function __nccwpck_require__(e){var n=r[e];if(n!==undefined){return n.exports}var a=r[e]={exports:{}};var i=true;try{t[e](a,a.exports,__nccwpck_require__);i=false}finally{if(i)delete r[e]}return a.exports}if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{var e=typeof Symbol==="function"?Symbol("webpack queues"):"__webpack_queues__";var t=typeof Symbol==="function"?Symbol("webpack exports"):"__webpack_exports__";var r=typeof Symbol==="function"?Symbol("webpack error"):"__webpack_error__";var resolveQueue=e=>{if(e&&e.d<1){e.d=1;e.forEach(e=>e.r--);e.forEach(e=>e.r--?e.r++:e())}};var wrapDeps=n=>n.map(n=>{if(n!==null&&typeof n==="object"){if(n[e])return n;if(n.then){var a=[];a.d=0;n.then(e=>{i[t]=e;resolveQueue(a)},e=>{i[r]=e;resolveQueue(a)});var i={};i[e]=e=>e(a);return i}}var o={};o[e]=e=>{};o[t]=n;return o});__nccwpck_require__.a=(n,a,i)=>{var o;i&&((o=[]).d=-1);var s=new Set;var f=n.exports;var l;var u;var c;var d=new Promise((e,t)=>{c=t;u=e});d[t]=f;d[e]=e=>(o&&e(o),s.forEach(e),d["catch"](e=>{}));n.exports=d;a(n=>{l=wrapDeps(n);var a;var getResult=()=>l.map(e=>{if(e[r])throw e[r];return e[t]});var i=new Promise(t=>{a=()=>t(getResult);a.r=0;var fnQueue=e=>e!==o&&!s.has(e)&&(s.add(e),e&&!e.d&&(a.r++,e.push(a)));l.map(t=>t[e](fnQueue))});return a.r?i:getResult()},e=>(e?c(d[r]=e):u(f),resolveQueue(o)));o&&o.d<0&&(o.d=0)}})();(()=>{__nccwpck_require__.n=e=>{var t=e&&e.__esModule?()=>e["default"]:()=>e;__nccwpck_require__.d(t,{a:t});return t}})();(()=>{__nccwpck_require__.d=(e,t)=>{for(var r in t){if(__nccwpck_require__.o(t,r)&&!__nccwpck_require__.o(e,r)){Object.defineProperty(e,r,{enumerable:true,get:t[r]})}}}})();(()=>{__nccwpck_require__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t)})();var n=__nccwpck_require__(9815);n=await n;