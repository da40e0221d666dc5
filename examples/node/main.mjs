// Embedding wasmpy in a Node program: an asyncio program fetches "prices" from a JS module
// (its Promises awaited by Python tasks), reports progress through `import js` (console.log,
// setTimeout), and JS then calls a Python coroutine function, which answers with a Promise.
//
//   npm run build && node examples/node/main.mjs
//
// (An installed package imports from 'wasmpy'; inside the repository, from dist/.)
import { createPython } from '../../dist/wasmpy.js';

const PROGRAM = `
import asyncio
import js
import prices

async def fetch(symbol):
    price = await prices.quote(symbol)
    js.console.log(f'  {symbol}: {price}')
    return price

async def main():
    symbols = ['WASM', 'PY', 'JS']
    quotes = await asyncio.gather(*(fetch(s) for s in symbols))
    print('total:', sum(quotes))

    # A JS timer calls back into Python while the event loop waits.
    done = asyncio.get_running_loop().create_future()
    js.setTimeout(lambda: done.set_result('timer fired'), 10)
    print(await done)

asyncio.run(main())

async def convert(amount, rate):
    await asyncio.sleep(0.01)
    return round(amount * rate, 2)
`;

const QUOTES = { WASM: 42, PY: 311, JS: 1995 };

const py = await createPython({
  js: true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
// A JS module Python imports: its functions return Promises that settle later.
py.registerModule('prices', {
  quote: (symbol) => new Promise((resolve) => setTimeout(() => resolve(QUOTES[symbol]), 5 * symbol.length)),
});

console.log('quotes:');
await py.run(PROGRAM, { filename: 'portfolio.py' });

// Calling a Python coroutine function from JS gives a Promise.
const convert = py.globals.get('convert');
console.log('converted:', await convert(2348, 0.5));
py.close();
