import { readFileSync } from 'node:fs';

/** This machine's UDP counters (all processes, /proc/net/snmp): datagrams received, and those dropped for a full receive buffer. */
export function udpCounters(): { inDatagrams: number; receiveBufferDrops: number } {
  const [names, values] = readFileSync('/proc/net/snmp', 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('Udp: '))
    .map((line) => line.split(/\s+/));
  const value = (name: string) => Number(values[names.indexOf(name)]);
  return { inDatagrams: value('InDatagrams'), receiveBufferDrops: value('RcvbufErrors') };
}
