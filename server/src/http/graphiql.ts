import { createHash } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Plugin } from 'graphql-yoga';
import { graphiqlPolicy } from './security-headers.ts';

type Options = Parameters<typeof renderGraphiQL>[0];

/**
 * GraphiQL from the bundle in @graphql-yoga/render-graphiql (Yoga's default page loads it from a
 * CDN). The page is one inline script and its styles, about 9 MB, rendered once; its policy
 * allows that script by its hash and nothing else.
 */
export function bundledGraphiQL() {
  let page: { html: string; csp: string } | undefined;
  const render = (options: Options) => {
    page ??= withPolicy(renderGraphiQL(options));
    return page.html;
  };
  const plugin: Plugin = {
    // The only HTML Yoga answers with is this page.
    onResponse({ response }) {
      if (page && response.headers.get('content-type')?.startsWith('text/html')) {
        response.headers.set('content-security-policy', page.csp);
      }
    },
  };
  return { render, plugin };
}

function withPolicy(html: string): { html: string; csp: string } {
  const start = html.indexOf('<script>') + '<script>'.length;
  const script = html.slice(start, html.lastIndexOf('</script>'));
  const hash = createHash('sha256').update(script).digest('base64');
  return { html, csp: graphiqlPolicy(hash) };
}
