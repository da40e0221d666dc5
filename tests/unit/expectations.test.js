// Committed expectations must still be what python3 produces (where python3 exists).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { python3 } from '../tools/python.js';
import { categories, cases, committed, expected } from '../tools/expect.js';

if (python3()) {
  for (const category of categories) {
    test(`${category} expectations match python3`, () => {
      const files = cases(category);
      const outputs = expected(category, files);
      const stale = files.filter((file, i) => committed(file) !== outputs[i]);
      assert.equal(stale, [], 'regenerate with: node tests/tools/expect.js ' + category);
    });
  }
}

test.run();
