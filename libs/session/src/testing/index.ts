export { FakeDirector, FakeStream, FakeWorker, InProcessCluster } from './in-process-cluster.js';
