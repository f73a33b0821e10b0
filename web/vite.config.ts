import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [svelte()],
  server: {
    // `npm start` serves the API on 4000; the dev server forwards to it so the client stays same-origin.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
  build: {
    target: 'es2022',
    // cytoscape with its two layouts is about 600 kB minified (190 kB gzipped), in a chunk of its own.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // The graph libraries change far less often than the app: in a chunk of their own they stay cached.
        codeSplitting: {
          groups: [
            {
              name: 'graph-libraries',
              test: /node_modules[\\/](cytoscape|layout-base|cose-base|dagre|@dagrejs|graphlib|lodash)/,
            },
          ],
        },
      },
    },
  },
});
