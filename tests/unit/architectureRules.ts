/**
 * The import map of the repository, read from the source files with a regular expression (no
 * compiler needed), and the rules of design.md that tests/unit/architecture.test.ts enforces on
 * it. Every function takes a root folder, so the test can also run the rules on a small tree it
 * plants in a temporary folder and check that they catch a violation.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';

export interface SourceFile {
  /** Path from the root, with forward slashes: `renderer/src/data/db.ts`. */
  path: string;
  text: string;
  /** Every module specifier, as written (`./db`, `dexie`, `../x.md?raw`). */
  specifiers: string[];
}

const SOURCE = /\.(ts|tsx|mts|cts)$/;
const TEST = /\.test\.tsx?$/;

/** `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`. */
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"\s]+)['"]/g;

/** Whole comment lines (`//…`, `/**…`, ` * …`): an import written in a comment is not one. */
const COMMENT_LINE = /^\s*(\/\/|\/\*|\*).*$/gm;

const toPosix = (path: string) => path.split(sep).join('/');

function walk(root: string, dir: string, withTests: boolean): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return walk(root, path, withTests);
    return SOURCE.test(name) && (withTests || !TEST.test(name)) ? [toPosix(path)] : [];
  });
}

/** The TypeScript files under `dir` (relative to `root`), test files included or not. */
export function readSources(root: string, dir: string, withTests = false): SourceFile[] {
  return walk(root, dir, withTests).map((path) => {
    const text = readFileSync(join(root, path), 'utf8');
    const code = text.replace(COMMENT_LINE, '');
    return { path, text, specifiers: [...code.matchAll(IMPORT)].map((m) => m[1] ?? '') };
  });
}

export const isRelative = (specifier: string) =>
  specifier.startsWith('./') || specifier.startsWith('../');

/** Where a relative specifier points, from the root, without extension resolution or query. */
export function target(from: string, specifier: string): string {
  const bare = specifier.replace(/\?.*$/, '');
  return toPosix(normalize(join(dirname(from), bare)));
}

/** The source file a relative import loads, as the bundler resolves it; undefined if none. */
export function resolveImport(
  from: string,
  specifier: string,
  known: ReadonlySet<string>,
): string | undefined {
  if (!isRelative(specifier)) return undefined;
  const base = target(from, specifier);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}/index.ts`,
    `${base}/index.tsx`,
    base.replace(/\.js$/, '.ts'),
  ];
  return candidates.find((candidate) => known.has(candidate));
}

const within = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** Electron code reaches outside electron/ only into contracts/ (packages are fine). */
export function electronOutsideImports(root: string): string[] {
  return readSources(root, 'electron', true).flatMap((file) =>
    file.specifiers
      .filter(isRelative)
      .map((specifier) => target(file.path, specifier))
      .filter((path) => !within(path, 'electron') && !within(path, 'contracts'))
      .map((path) => `${file.path} → ${path}`),
  );
}

/** contracts/ imports zod and its own files, nothing else: every side can import it. */
export function contractImports(root: string): string[] {
  return readSources(root, 'contracts', true).flatMap((file) =>
    file.specifiers
      .filter((specifier) =>
        isRelative(specifier)
          ? !within(target(file.path, specifier), 'contracts')
          : specifier !== 'zod',
      )
      .map((specifier) => `${file.path} → ${specifier}`),
  );
}

/** Imports that only a bundler understands: query suffixes (`?raw`, `?url`, `?worker`…) and globs. */
export function bundlerOnlyImports(root: string, dir: string): string[] {
  return readSources(root, dir).flatMap((file) => [
    ...file.specifiers
      .filter((specifier) => /\?/.test(specifier))
      .map((specifier) => `${file.path} → ${specifier}`),
    ...(/\bimport\.meta\.glob\b/.test(file.text) ? [`${file.path} → import.meta.glob`] : []),
  ]);
}

/** The import graph of the non-test files under `dir`: file → files it imports. */
export function importGraph(root: string, dir: string): Map<string, string[]> {
  const files = readSources(root, dir);
  const known = new Set(files.map((file) => file.path));
  return new Map(
    files.map((file) => [
      file.path,
      [
        ...new Set(
          file.specifiers
            .map((specifier) => resolveImport(file.path, specifier, known))
            .filter((path): path is string => path !== undefined),
        ),
      ],
    ]),
  );
}

/**
 * The area a renderer file belongs to: `features/<name>` for a feature, else its top folder
 * under renderer/src (`data`, `domain`, `app`…), or the file itself at the top (`main.tsx`). The
 * route table `app/paths.ts` is an area of its own: every feature asks it for links, while the
 * rest of app/ (the router, the layout) imports the features.
 */
export function areaOf(path: string, base = 'renderer/src'): string {
  const [top, name] = path.slice(base.length + 1).split('/');
  if (top === 'app' && name === 'paths.ts') return 'app/paths';
  return top === 'features' && name ? `features/${name}` : (top ?? path);
}

/** The graph between areas: an area imports another when one of its files does. */
export function areaGraph(graph: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const areas = new Map<string, Set<string>>();
  for (const [file, imports] of graph) {
    const from = areaOf(file);
    const edges = areas.get(from) ?? new Set<string>();
    areas.set(from, edges);
    for (const imported of imports) if (areaOf(imported) !== from) edges.add(areaOf(imported));
  }
  return new Map([...areas].map(([area, edges]) => [area, [...edges].sort()]));
}

/**
 * The import cycles of a graph: its strongly connected components with more than one file (or a
 * file that imports itself), each as a sorted list of files, sorted. Tarjan's algorithm.
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || (graph.get(node) ?? []).includes(node)) {
      cycles.push(component.sort());
    }
  };

  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/**
 * Cycles not covered by a known exception (a cycle is covered when all its files belong to one
 * known cycle: breaking part of a known cycle never fails the test), and known exceptions that
 * no longer match any cycle (to be deleted from the list).
 */
export function compareCycles(
  found: readonly string[][],
  known: readonly (readonly string[])[],
): { unexpected: string[][]; stale: (readonly string[])[] } {
  const covers = (exception: readonly string[], cycle: readonly string[]) =>
    cycle.every((file) => exception.includes(file));
  return {
    unexpected: found.filter((cycle) => !known.some((exception) => covers(exception, cycle))),
    stale: known.filter((exception) => !found.some((cycle) => covers(exception, cycle))),
  };
}

/**
 * A feature reaches another feature only through its index.ts (`../queue`, never
 * `../queue/ActionRow`): what a feature offers to others is listed in one file.
 */
export function featureDeepImports(root: string, dir = 'renderer/src'): string[] {
  const features = `${dir}/features`;
  const featureOf = (path: string) =>
    within(path, features) ? path.slice(features.length + 1).split('/')[0] : undefined;
  return readSources(root, features).flatMap((file) => {
    const own = featureOf(file.path);
    return file.specifiers
      .filter(isRelative)
      .filter((specifier) => {
        const path = target(file.path, specifier);
        const other = featureOf(path);
        if (other === undefined || other === own) return false;
        const rest = path.slice(`${features}/${other}`.length);
        return rest !== '' && rest !== '/index' && rest !== '/index.ts';
      })
      .map((specifier) => `${file.path} → ${specifier}`);
  });
}

/**
 * App paths written by hand outside app/ (a quote or backtick followed by `/debiteurs`…): links
 * come from the route table, app/paths.ts, so that a URL is made in one place.
 */
export function literalAppPaths(
  root: string,
  prefixes: readonly string[],
  dir = 'renderer/src',
): string[] {
  const literal = new RegExp(`['"\`]/(${prefixes.join('|')})(?=[/?'"\`]|$)`, 'g');
  return readSources(root, dir)
    .filter((file) => !within(file.path, `${dir}/app`))
    .flatMap((file) =>
      file.text
        .replace(COMMENT_LINE, '')
        .split('\n')
        .flatMap((line) => [...line.matchAll(literal)].map((m) => `${file.path} → ${m[0]}`)),
    );
}

/**
 * Imports from one folder into another that the layering forbids (the data layer reaching into
 * features, shared UI components reaching into the data layer): `from` and `into` are folders
 * under `dir`.
 */
export function layerImports(
  root: string,
  from: string,
  into: string,
  dir = 'renderer/src',
): string[] {
  return readSources(root, `${dir}/${from}`)
    .flatMap((file) =>
      file.specifiers
        .filter(isRelative)
        .filter((specifier) => within(target(file.path, specifier), `${dir}/${into}`))
        .map((specifier) => `${file.path} → ${specifier}`),
    )
    .sort();
}

/** `x as Cents`, `x as unknown as IsoDate`, `<Cents>x`: a cast into a branded unit. */
const BRAND_CAST = /\bas\s+(Cents|IsoDate)\b|(?<![\w$\])>]\s*)<\s*(Cents|IsoDate)\s*>/g;

/**
 * Casts into `Cents` or `IsoDate` outside the conversion modules (`allowed`, paths from the
 * root): a brand is only worth something if its conversion functions are the only way in.
 * Searches `dirs`, test files included, except the files listed in `exempt`.
 */
export function brandCasts(
  root: string,
  allowed: readonly string[],
  dirs: readonly string[] = ['renderer/src', 'tests'],
  exempt: readonly string[] = [],
): string[] {
  return dirs
    .flatMap((dir) => readSources(root, dir, true))
    .filter((file) => !allowed.includes(file.path) && !exempt.includes(file.path))
    .flatMap((file) =>
      file.text
        .replace(COMMENT_LINE, '')
        .split('\n')
        .flatMap((line) => [...line.matchAll(BRAND_CAST)].map((m) => `${file.path} → ${m[0]}`)),
    );
}
