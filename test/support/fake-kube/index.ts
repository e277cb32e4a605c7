export {
  FakeKube,
  type FakeKubeOptions,
  type ProxyRequest,
  type ProxyResponse,
  type RecordedRequest,
} from './server.js';
export type { FailureMode } from './controller.js';
