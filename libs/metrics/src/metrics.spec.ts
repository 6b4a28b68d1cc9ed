import { DirectorMetrics } from './metrics.js';
import { sampleValue } from './sample.js';

describe('MemberMetrics: the membership port', () => {
  it('counts datagrams accepted, and rejected by reason', async () => {
    const metrics = new DirectorMetrics('1.2.3', false);
    for (let i = 0; i < 3; i++) metrics.membershipDatagram('received');
    metrics.membershipDatagram('rejected', 'untrusted');
    metrics.membershipDatagram('rejected', 'untrusted');
    metrics.membershipDatagram('rejected', 'over-budget');
    const value = (labels: Record<string, string>) =>
      sampleValue(metrics.registry, 'switchyard_membership_datagrams_total', labels);
    expect(await value({ result: 'accepted' })).toBe(3);
    expect(await value({ result: 'rejected', reason: 'untrusted' })).toBe(2);
    expect(await value({ result: 'rejected', reason: 'over-budget' })).toBe(1);
    const text = await metrics.exposition();
    expect(text).toMatch(/^switchyard_membership_datagrams_total\{result="accepted"\} 3$/m);
  });

  it("follows the transport's running total of certificate checks", async () => {
    const metrics = new DirectorMetrics('1.2.3', false);
    const checks = () => sampleValue(metrics.registry, 'switchyard_membership_certificate_checks_total');
    metrics.countCertificateChecks(4);
    expect(await checks()).toBe(4);
    metrics.countCertificateChecks(4);
    metrics.countCertificateChecks(9);
    expect(await checks()).toBe(9);
  });
});
