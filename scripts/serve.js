// A static file server for the repository on 127.0.0.1, for the browser example and its test:
// a page loads dist/wasmpy.browser.js and fetches build/vm.wasm (served as application/wasm,
// which WebAssembly.compileStreaming requires) and build/frozen.bin.
//
//   node scripts/serve.js [PORT]     then open the URL it prints
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, extname, join, normalize, sep } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.py': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names under the repository, or null when it points outside. */
function fileOf(urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

async function answer(request, response) {
  const url = new URL(request.url, 'http://localhost');
  const file = fileOf(url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname);
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'method not allowed');
  if (file === null) return send(response, 403, 'text/plain', 'forbidden');
  let body;
  try {
    body = await readFile(file);
  } catch {
    return send(response, 404, 'text/plain', 'not found');
  }
  send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', request.method === 'HEAD' ? '' : body);
}

function send(response, status, type, body) {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

/** Starts serving on 127.0.0.1 (port 0: any free one); resolves to { url, close() }. */
export function serve(port = 0) {
  const server = createServer((request, response) => {
    answer(request, response).catch((err) => send(response, 500, 'text/plain', String(err)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}/`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serve(Number(process.argv[2] ?? 8000));
  console.log(`serving the repository at ${url} — the example: ${url}examples/browser/`);
}
