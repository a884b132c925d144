import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One source file and what it imports. */
export interface SourceFile {
  /** Path relative to src/, with forward slashes. */
  path: string;
  text: string;
  /** Import specifiers as written. */
  specifiers: string[];
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The import specifiers of a module's text (static, dynamic, side-effect and require). */
export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4]!);
}

/** Every .ts/.tsx file under a folder, with its imports. */
export function readSources(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.tsx?$/.test(name)) {
        const text = readFileSync(full, 'utf8');
        out.push({ path: relative(root, full).split('\\').join('/'), text, specifiers: importsOf(text) });
      }
    }
  };
  visit(root);
  return out;
}

/** The top-level area of a src-relative path: a folder name, or the entry file's name. */
export function areaOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.indexOf('/')) : path.replace(/\.tsx?$/, '');
}

/** Resolves a relative specifier of `from` to a src-relative path without extension. */
export function resolveRelative(from: string, specifier: string): string {
  return relative('/src', resolve('/src', dirname(from), specifier)).split('\\').join('/').replace(/\.(js|tsx?)$/, '');
}

/** What a rule allows an area to import: other areas, and packages (exact or prefix with '/'). */
export interface AreaRule {
  areas: string[];
  packages: string[];
}

/** Lists each import that breaks the rules, as "file → specifier (why)". */
export function ruleViolations(files: SourceFile[], rules: Record<string, AreaRule>): string[] {
  const out: string[] = [];
  for (const file of files) {
    const area = areaOf(file.path);
    const rule = rules[area];
    if (!rule) continue;
    for (const specifier of file.specifiers) {
      if (specifier.startsWith('.')) {
        const target = areaOf(resolveRelative(file.path, specifier));
        if (target !== area && !rule.areas.includes(target)) out.push(`${file.path} → ${specifier} (${area} may not import ${target})`);
      } else {
        const bare = specifier.replace(/^node:/, '');
        const ok = rule.packages.some((name) => bare === name || bare.startsWith(`${name}/`));
        if (!ok) out.push(`${file.path} → ${specifier} (${area} may not import this package)`);
      }
    }
  }
  return out;
}

/** Finds import cycles between files (relative imports only); each cycle as a list of paths. */
export function cyclesOf(files: SourceFile[]): string[][] {
  const known = new Map(files.map((file) => [file.path.replace(/\.tsx?$/, ''), file]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const specifier of known.get(node)!.specifiers.filter((s) => s.startsWith('.'))) {
      const target = resolveRelative(node, specifier);
      if (!known.has(target)) continue;
      if (state.get(target) === 'visiting') cycles.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of known.keys()) if (!state.has(node)) visit(node);
  return cycles;
}
