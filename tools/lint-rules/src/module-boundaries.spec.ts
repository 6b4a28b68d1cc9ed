import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
// @ts-expect-error plain JavaScript module without type declarations
import plugin from './module-boundaries.js';

const root = join(import.meta.dirname, '..', '..', '..');
const file = (path: string) => join(root, path);
const options = [
  {
    scope: '@switchyard',
    depConstraints: [
      { sourceTag: 'layer:protocol', onlyDependOnLibsWithTags: [], bannedExternalImports: ['@matrixai/*', 'node:*'] },
      { sourceTag: 'layer:rpc', onlyDependOnLibsWithTags: ['layer:protocol'], bannedExternalImports: ['@matrixai/*'] },
    ],
  },
];

const tester = new RuleTester({ languageOptions: { parser: tseslint.parser, sourceType: 'module' } });

tester.run('boundaries/enforce', plugin.rules.enforce, {
  valid: [
    { filename: file('libs/rpc/src/x.ts'), code: "import { FrameType } from '@switchyard/protocol';", options },
    { filename: file('libs/rpc/src/x.ts'), code: "import { y } from './y.js';", options },
    { filename: file('libs/protocol/src/x.spec.ts'), code: "import { join } from 'node:path';", options },
  ],
  invalid: [
    {
      filename: file('libs/protocol/src/x.ts'),
      code: "import { RpcError } from '@switchyard/rpc';",
      options,
      errors: [{ message: "a 'layer:protocol' project may not depend on rpc (layer:rpc)" }],
    },
    {
      filename: file('libs/rpc/src/x.ts'),
      code: "export * from '@matrixai/quic';",
      options,
      errors: [{ message: "a 'layer:rpc' project may not import '@matrixai/quic'" }],
    },
    {
      filename: file('libs/protocol/src/x.ts'),
      code: "import { readFileSync } from 'fs';",
      options,
      errors: [{ message: "a 'layer:protocol' project may not import 'node:fs'" }],
    },
    {
      filename: file('libs/rpc/src/x.ts'),
      code: "import { x } from '../../protocol/src/frame.js';",
      options,
      errors: [
        { message: "relative import '../../protocol/src/frame.js' leaves project rpc; import the project by name" },
      ],
    },
    {
      filename: file('libs/rpc/src/x.ts'),
      code: "const m = await import('@switchyard/transport-quic');",
      options,
      errors: [{ message: "a 'layer:rpc' project may not depend on transport-quic (layer:transport)" }],
    },
  ],
});
