import { defineConfig } from 'vite';

// ECharts makes one ~640 kB bundle (about 210 kB gzipped), served from disk on loopback.
export default defineConfig({ root: 'web', build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 900 } });
