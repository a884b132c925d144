import { join } from 'node:path';
import { cyclesOf, importsOf, readSources, ruleViolations, type AreaRule } from './support/imports';

// The dependency rules of design.md: data flows one way, and pure folders stay pure.
const RULES: Record<string, AreaRule> = {
  query: { areas: [], packages: [] },
  schema: { areas: [], packages: ['zod'] },
  serialize: { areas: ['query', 'schema'], packages: [] },
  store: { areas: ['query'], packages: ['zustand/vanilla'] },
  api: { areas: ['query', 'schema', 'serialize'], packages: [] },
  hooks: { areas: ['store', 'api', 'serialize', 'query'], packages: ['react', 'react-dom', 'zustand'] },
  components: { areas: ['hooks', 'query'], packages: ['react', 'react-dom', '@dnd-kit'] },
  core: { areas: ['query', 'schema', 'serialize', 'api'], packages: [] },
};
const PURE = ['query', 'schema', 'serialize', 'store'];
const NETWORK = /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b/;

const sources = readSources(join(__dirname, '..', 'src'));

describe('dependency rules', () => {
  it('given the source tree, when imports are read, then every area imports only what design.md allows', () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(ruleViolations(sources, RULES)).toEqual([]);
  });

  it('given the pure folders, then none imports React or zustand\'s React entry, nor calls the network', () => {
    const pure = sources.filter((file) => PURE.some((area) => file.path.startsWith(`${area}/`)));
    expect(pure.length).toBeGreaterThan(0);
    const offenders = pure.filter((file) => file.specifiers.some((s) => s === 'react' || s.startsWith('react/') || s === 'zustand' || s === 'zustand/react') || NETWORK.test(file.text));
    expect(offenders.map((file) => file.path)).toEqual([]);
  });

  it('given the components, then none calls fetch', () => {
    expect(sources.filter((file) => file.path.startsWith('components/') && NETWORK.test(file.text)).map((f) => f.path)).toEqual([]);
  });

  it('given the source tree, then there are no import cycles', () => {
    expect(cyclesOf(sources)).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('given a pure file that imports react, then it reports the violation', () => {
    const files = [{ path: 'query/bad.ts', text: "import { useState } from 'react';", specifiers: importsOf("import { useState } from 'react';") }];
    expect(ruleViolations(files, RULES)).toEqual(["query/bad.ts → react (query may not import this package)"]);
  });

  it('given components importing api, then it reports the violation', () => {
    const text = "import { createCohortsClient } from '../api/client';";
    expect(ruleViolations([{ path: 'components/X.tsx', text, specifiers: importsOf(text) }], RULES)).toHaveLength(1);
  });

  it('given two files importing each other, then it reports the cycle', () => {
    const a = { path: 'query/a.ts', text: '', specifiers: ['./b'] };
    const b = { path: 'query/b.ts', text: '', specifiers: ['./a'] };
    expect(cyclesOf([a, b])).toEqual([['query/a', 'query/b', 'query/a']]);
  });

  it('reads static, dynamic, side-effect and type imports', () => {
    expect(importsOf("import type { A } from './a';\nimport('./b');\nimport './c.css';\nexport { d } from './d';")).toEqual(['./a', './b', './c.css', './d']);
  });
});
