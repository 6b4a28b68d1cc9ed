export { Cluster, type ClusterDefaults } from './cluster.js';
export { REPO_ROOT, ServiceProcess, type App, type LogEvent, type StartOptions } from './service-process.js';
export { machine, writeSection } from './report.js';
export { DeliveryCheck, checkDelivery, deliveredTokens, type DeliveredToken, type DeliveryReport } from './delivery.js';
