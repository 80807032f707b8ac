import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The SPA lives in web/; the Fastify server serves dist/web with an SPA fallback.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    // ExcelJS is one ~1 MB chunk, fetched only when a reader downloads a table as Excel.
    chunkSizeWarningLimit: 1000,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            { name: 'nl-design-system', test: /node_modules[\\/]@utrecht[\\/]/, priority: 2 },
            // The table downloads' writers load only when someone downloads (table-download.tsx).
            { name: 'spreadsheet', test: /node_modules[\\/](exceljs|csv-stringify)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
