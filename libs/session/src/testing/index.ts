export {
  FakeAdmissions,
  FakeDirector,
  FakeStream,
  FakeWorker,
  InProcessCluster,
  fakeTokenId,
  type IssuedAdmission,
} from './in-process-cluster.js';
