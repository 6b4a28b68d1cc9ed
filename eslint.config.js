import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import moduleBoundaries from './tools/lint-rules/src/module-boundaries.js';

export default defineConfig(
  globalIgnores(['**/dist/', '**/src/gen/', '**/src/testing/gen/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { boundaries: moduleBoundaries },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The dependency direction of the workspace (README "Layout"). A project may import only
      // projects whose tags its own tags allow, and never the listed external packages.
      'boundaries/enforce': [
        'error',
        {
          scope: '@switchyard',
          depConstraints: [
            {
              sourceTag: 'layer:protocol',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: ['@matrixai/*', 'pino', 'pino-*', 'node:*'],
            },
            {
              sourceTag: 'layer:rpc',
              onlyDependOnLibsWithTags: ['layer:protocol'],
              bannedExternalImports: ['@matrixai/*', 'pino', 'pino-*', 'protobufjs'],
            },
            {
              sourceTag: 'layer:transport',
              onlyDependOnLibsWithTags: ['layer:rpc', 'layer:protocol', 'layer:domain', 'layer:transport'],
              bannedExternalImports: ['pino', 'pino-*'],
            },
            {
              sourceTag: 'layer:domain',
              onlyDependOnLibsWithTags: ['layer:domain'],
              bannedExternalImports: ['@matrixai/*', 'protobufjs', 'pino', 'pino-*'],
            },
            {
              sourceTag: 'layer:infra',
              onlyDependOnLibsWithTags: ['layer:protocol', 'layer:contract'],
              bannedExternalImports: ['@matrixai/*', 'protobufjs'],
            },
            {
              // Names shared by services and their operators (log events): data only.
              sourceTag: 'layer:contract',
              onlyDependOnLibsWithTags: [],
              bannedExternalImports: ['*'],
            },
            {
              // The client session library: failover logic over injected dial and clock, no I/O of its own.
              sourceTag: 'layer:session',
              onlyDependOnLibsWithTags: ['layer:rpc', 'layer:protocol', 'layer:domain'],
              bannedExternalImports: ['@matrixai/*', 'protobufjs', 'pino', 'pino-*', 'node:*'],
            },
            {
              // The worker's serving logic (Generate and Ping over an engine) on an injected clock: no transport.
              sourceTag: 'layer:serving',
              onlyDependOnLibsWithTags: [
                'layer:service',
                'layer:session',
                'layer:domain',
                'layer:infra',
                'layer:rpc',
                'layer:protocol',
                'layer:contract',
              ],
              bannedExternalImports: ['@matrixai/*', 'protobufjs', 'node:*'],
            },
            {
              // Engines behind a worker (a model in its process, or an upstream inference server): they implement
              // the serving layer's Engine (their tests run them behind real workers and sessions), and none depends
              // on another.
              sourceTag: 'layer:engine',
              onlyDependOnLibsWithTags: [
                'layer:serving',
                'layer:session',
                'layer:domain',
                'layer:infra',
                'layer:rpc',
                'layer:protocol',
                'layer:contract',
              ],
              bannedExternalImports: ['@matrixai/*', 'protobufjs'],
            },
            {
              sourceTag: 'layer:service',
              onlyDependOnLibsWithTags: [
                'layer:domain',
                'layer:infra',
                'layer:transport',
                'layer:rpc',
                'layer:protocol',
                'layer:contract',
              ],
              bannedExternalImports: ['@matrixai/*', 'protobufjs'],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['layer:*'],
              bannedExternalImports: ['@matrixai/*', 'protobufjs'],
            },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['layer:*'],
              bannedExternalImports: ['@matrixai/*', 'protobufjs'],
            },
          ],
        },
      ],
    },
  },
);
