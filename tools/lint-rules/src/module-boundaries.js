// ESLint rule `boundaries/enforce`: the workspace's module boundaries, checked on every import.
// A file belongs to the project whose project.json is nearest above it; that project's tags pick
// the constraints. Imports of another workspace project (`<scope>/<name>`) must target a project
// carrying an allowed tag; relative imports must stay inside the project; external packages named
// in bannedExternalImports are refused ('*' matches any suffix). Spec files and testing helpers may
// also use node built-ins.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';

const workspaceRoot = join(import.meta.dirname, '..', '..', '..');
const projectCache = new Map();

function findProject(file) {
  let dir = dirname(file);
  while (dir.startsWith(workspaceRoot) && dir !== workspaceRoot) {
    if (projectCache.has(dir)) return projectCache.get(dir);
    const manifest = join(dir, 'project.json');
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8'));
      const project = { root: dir, name: json.name, tags: json.tags ?? [] };
      projectCache.set(dir, project);
      return project;
    }
    dir = dirname(dir);
  }
  return undefined;
}

function projectByName(name) {
  for (const parent of ['libs', 'apps', 'tools']) {
    const root = join(workspaceRoot, parent, name);
    if (existsSync(join(root, 'project.json'))) return findProject(join(root, 'src', 'index.ts'));
  }
  return undefined;
}

const matches = (pattern, value) =>
  pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : pattern === value;

function packageName(specifier) {
  if (specifier.startsWith('node:')) return specifier;
  const base = specifier.split('/')[0];
  if (builtinModules.includes(base)) return `node:${base}`;
  return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : base;
}

export default {
  rules: {
    enforce: {
      meta: {
        type: 'problem',
        docs: { description: 'enforce the dependency direction between workspace projects' },
        schema: [{ type: 'object', additionalProperties: true }],
      },
      create(context) {
        const { scope, depConstraints = [] } = context.options[0] ?? {};
        const file = context.filename;
        const source = findProject(file);
        if (!source) return {};
        const isTestFile = /\.spec\.ts$/.test(file) || file.includes(`${sep}testing${sep}`);
        const constraints = depConstraints.filter((c) => source.tags.includes(c.sourceTag));

        function check(node, specifier) {
          if (typeof specifier !== 'string') return;
          if (specifier.startsWith('.')) {
            const target = resolve(dirname(file), specifier);
            if (!target.startsWith(source.root + sep)) {
              context.report({
                node,
                message: `relative import '${specifier}' leaves project ${source.name}; import the project by name`,
              });
            }
            return;
          }
          if (scope && specifier.startsWith(`${scope}/`)) {
            const name = specifier.slice(scope.length + 1).split('/')[0];
            if (name === source.name) {
              context.report({ node, message: `project ${source.name} imports itself by name; use a relative import` });
              return;
            }
            const target = projectByName(name);
            if (!target) {
              context.report({ node, message: `'${specifier}' is not a project of this workspace` });
              return;
            }
            for (const c of constraints) {
              const allowed = c.onlyDependOnLibsWithTags ?? [];
              if (!target.tags.some((tag) => allowed.some((pattern) => matches(pattern, tag)))) {
                context.report({
                  node,
                  message: `a '${c.sourceTag}' project may not depend on ${target.name} (${target.tags.join(', ') || 'no tags'})`,
                });
              }
            }
            return;
          }
          const pkg = packageName(specifier);
          for (const c of constraints) {
            for (const banned of c.bannedExternalImports ?? []) {
              if (isTestFile && banned === 'node:*') continue;
              if (matches(banned, pkg)) {
                context.report({ node, message: `a '${c.sourceTag}' project may not import '${pkg}'` });
              }
            }
          }
        }

        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
        };
      },
    },
  },
};
