// complex: a pair of floats.
//
// Layout (kind KIND_COMPLEX):
//   +8  f64 real
//   +16 f64 imag

import { alloc } from '../heap';
import { KIND_COMPLEX } from '../object';

export const COMPLEX_REAL: usize = 8;
export const COMPLEX_IMAG: usize = 16;

export let complexType: usize = 0;
export function setComplexType(t: usize): void {
  complexType = t;
}

export function newComplex(real: f64, imag: f64): usize {
  const c = alloc(24, complexType, KIND_COMPLEX);
  store<f64>(c + COMPLEX_REAL, real);
  store<f64>(c + COMPLEX_IMAG, imag);
  return c;
}
