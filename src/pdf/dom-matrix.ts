/**
 * pdf.js 5 builds a `DOMMatrix` when its module loads (and the worker one for Type 3 glyph masks). Browsers have it;
 * in Node pdf.js takes it from `@napi-rs/canvas`, an optional dependency for rendering, which text extraction must
 * not need. Where neither is there, this 2-D affine matrix stands in, with the methods pdf.js calls outside rendering.
 */
type Six = [number, number, number, number, number, number];

class AffineMatrix {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;

  constructor(init?: ArrayLike<number>) {
    const m = init && init.length >= 6 ? init : [1, 0, 0, 1, 0, 0];
    [this.a, this.b, this.c, this.d, this.e, this.f] = [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
  }

  private set([a, b, c, d, e, f]: Six): this {
    Object.assign(this, { a, b, c, d, e, f });
    return this;
  }

  private static product(m: AffineMatrix, n: AffineMatrix): Six {
    return [
      m.a * n.a + m.c * n.b,
      m.b * n.a + m.d * n.b,
      m.a * n.c + m.c * n.d,
      m.b * n.c + m.d * n.d,
      m.a * n.e + m.c * n.f + m.e,
      m.b * n.e + m.d * n.f + m.f,
    ];
  }

  multiplySelf(other: AffineMatrix): this {
    return this.set(AffineMatrix.product(this, other));
  }

  preMultiplySelf(other: AffineMatrix): this {
    return this.set(AffineMatrix.product(other, this));
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, tx, ty]));
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new AffineMatrix([sx, 0, 0, sy, 0, 0]));
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) return this.set([NaN, NaN, NaN, NaN, NaN, NaN]);
    const { a, b, c, d, e, f } = this;
    return this.set([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }

  translate(tx = 0, ty = 0): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]).translateSelf(tx, ty);
  }

  scale(sx = 1, sy = sx): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]).scaleSelf(sx, sy);
  }
}

/** Installs the stand-in where the platform has no DOMMatrix; returns whether it did. */
export function ensureDomMatrix(): boolean {
  const global = globalThis as { DOMMatrix?: unknown };
  if (global.DOMMatrix !== undefined) return false;
  global.DOMMatrix = AffineMatrix;
  return true;
}
