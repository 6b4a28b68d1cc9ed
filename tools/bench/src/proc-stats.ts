// What the benchmarks read of other processes and of the machine from /proc.
import { readFileSync } from 'node:fs';

/** A process's resident memory in KiB. */
export function rssKiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : NaN;
}

/** A process's CPU time so far (user and system), in seconds. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime (fields 14 and 15 of stat, counted from pid) in clock ticks, assumed 100 per second.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Starts measuring the CPU of `pids`; the function returned gives each one's use since, in % of one core. */
export function cpuMeter(pids: number[]): () => number[] {
  const start = performance.now();
  const before = pids.map(cpuSeconds);
  return () => {
    const seconds = (performance.now() - start) / 1000;
    return pids.map((pid, i) => ((cpuSeconds(pid) - before[i]) / seconds) * 100);
  };
}

/** This machine's UDP counters (all processes, /proc/net/snmp): datagrams received, and those dropped for a full receive buffer. */
export function udpCounters(): { inDatagrams: number; receiveBufferDrops: number } {
  const [names, values] = readFileSync('/proc/net/snmp', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('Udp: '))
    .map((line) => line.split(/\s+/));
  const value = (name: string) => Number(values[names.indexOf(name)]);
  return { inDatagrams: value('InDatagrams'), receiveBufferDrops: value('RcvbufErrors') };
}
