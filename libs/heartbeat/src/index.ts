export { HeartbeatLoop, type HeartbeatLoopOptions } from './heartbeat-loop.js';
export { PhiAccrualDetector, type PhiAccrualOptions } from './phi-accrual.js';
export { StallMonitor, type StallMonitorOptions } from './stall-monitor.js';
export { Watchdog } from './watchdog.js';
