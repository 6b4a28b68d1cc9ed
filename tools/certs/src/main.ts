// `npm run certs`: development certificates, one per service identity, from one development CA.
import { join } from 'node:path';
import { issue, parseArgs } from './certs.js';

try {
  const { dir, requests } = parseArgs(process.argv.slice(2));
  for (const { identity, env } of await issue(dir, requests)) {
    const vars = Object.entries(env).map(([name, value]) => `${name}=${value}`);
    console.log(`${identity}\n  ${vars.join(' ')}`);
  }
  console.log(`clients (no certificate)\n  TLS_CA_FILE=${join(dir, 'ca', 'cert.pem')}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
