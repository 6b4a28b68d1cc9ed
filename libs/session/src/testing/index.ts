export {
  FakeAdmissions,
  FakeDirector,
  FakeStream,
  FakeWorker,
  InProcessCluster,
  type IssuedAdmission,
} from './in-process-cluster.js';
