// Ships the one stylesheet next to the bundles: dist/styles.css.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

mkdirSync('dist', { recursive: true });
if (existsSync('src/components/styles.css')) copyFileSync('src/components/styles.css', 'dist/styles.css');
