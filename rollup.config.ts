import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import type { RollupOptions } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact' });

// npm builds leave dependencies to the app's bundler; the script tag carries everything.
const external = (id: string) => /^(preact|nanostores|js-cookie)(\/|$)/.test(id);

const npm: RollupOptions = {
  input: { index: 'src/index.ts', core: 'src/core.ts', server: 'src/server.ts', services: 'src/services.ts' },
  external,
  plugins: [typescript()],
  output: [
    { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
  ],
};

const scriptTag: RollupOptions = {
  input: 'src/embed.ts',
  plugins: [
    // nanostores branches on NODE_ENV for dev warnings; the script tag is always production.
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    nodeResolve({ browser: true }),
    typescript(),
    terser({ ecma: 2020, compress: { passes: 3 }, format: { comments: false } }),
  ],
  output: { file: 'dist/consentry.js', format: 'iife' },
};

export default [npm, scriptTag];
