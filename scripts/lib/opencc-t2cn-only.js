// opencc-js for the fill-in page: Traditional → Simplified only (see scripts/build-form-script.mjs).
// A converter in the other direction returns its text unchanged; the page never asks for one.
import { Converter as oneWay } from 'opencc-js/t2cn';

export function Converter(options) {
  return options.to === 'cn' ? oneWay(options) : (text) => text;
}
