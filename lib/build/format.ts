/**
 * Sizes printed the way `docker images` prints them. Docker formats with go-units
 * `HumanSizeWithPrecision(size, 3)`: decimal units (1 kB = 1000 B), abbreviations
 * B, kB, MB, GB, TB, PB, EB, ZB, YB, and Go's `%.3g` verb — three significant digits, trailing
 * zeros dropped, and Go's exponent form when rounding reaches the next power of ten
 * (999.6 MB prints as `1e+03MB`, as Docker really does).
 */

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'] as const;

/** Go's `%.{precision}g` for a finite, non-negative number. */
export function formatGoG(value: number, precision: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const neg = value < 0;
  const abs = Math.abs(value);
  // Exponential form of the value rounded to `precision` significant digits, e.g. "8.61e+2".
  const [mantissa, expText] = abs.toExponential(precision - 1).split('e');
  let digits = mantissa.replace('.', '').replace(/0+$/, '');
  if (digits === '') digits = '0';
  const exp = Number(expText);
  const nd = digits.length;
  const dp = exp + 1; // position of the decimal point relative to the digits
  let eprec = precision;
  if (eprec > nd && nd >= dp) eprec = nd;
  let out: string;
  if (exp < -4 || exp >= eprec) {
    const prec = Math.min(precision, nd);
    const mant = prec > 1 ? `${digits[0]}.${digits.slice(1, prec)}` : digits[0];
    const e = Math.abs(exp);
    out = `${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? `0${e}` : e}`;
  } else {
    let prec = precision;
    if (prec > dp) prec = nd;
    const decimals = Math.max(prec - dp, 0);
    if (dp <= 0) {
      out = `0.${'0'.repeat(-dp)}${digits}`.slice(0, 2 + decimals);
    } else {
      const intPart = digits.slice(0, dp).padEnd(dp, '0');
      const frac = digits.slice(dp).padEnd(decimals, '0').slice(0, decimals);
      out = decimals > 0 ? `${intPart}.${frac}` : intPart;
    }
  }
  return neg ? `-${out}` : out;
}

/**
 * Format a byte count as `docker images` shows it: `861MB`, `1.83MB`, `78.1MB`, `12.3kB`, `0B`.
 * Negative, NaN or infinite input is treated as 0 (sizes are never negative). `precision` 4 is
 * go-units `HumanSize`, which the prune commands' "Total reclaimed space" uses.
 */
export function formatSize(bytes: number, precision = 3): string {
  let size = Number.isFinite(bytes) && bytes > 0 ? bytes : 0;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return `${formatGoG(size, precision)}${UNITS[i]}`;
}

/**
 * A size for reading (course text, panels, quick-fix titles): Docker's units and digits with a space
 * before the unit (`897 MB`, `1.83 MB`, `0 B`). The terminal keeps Docker's own `897MB`.
 */
export function readableSize(bytes: number): string {
  return formatSize(bytes).replace(/^([0-9.e+-]+)([a-zA-Z]+)$/, '$1 $2');
}

/** Part of a size the model cannot know: at least `low` bytes, at most `high` (null: no upper bound). */
export interface SizeBounds {
  low: number;
  high: number | null;
}

/**
 * A size that is partly unknown, for reading: `≥ 85 MB` with no upper bound (or `size unknown` when not
 * even a lower bound is known), `≈ 120–300 MB` for a range.
 */
export function sizeRangeText(range: SizeBounds, format: (bytes: number) => string = readableSize): string {
  if (range.high === null) return range.low > 0 ? `≥ ${format(range.low)}` : 'size unknown';
  const low = format(range.low);
  const high = format(range.high);
  const unit = (s: string) => s.replace(/^[0-9.e+-]+\s?/, '');
  return unit(low) === unit(high) ? `≈ ${low.replace(/\s?[a-zA-Z]+$/, '')}–${high}` : `≈ ${low}–${high}`;
}

/**
 * An image's size as the terminal prints it, in Docker's units: the figure, or what is known of it when
 * part is unknown (`172MB-175MB`, `≥132MB`, or `?` when not even a floor is known).
 */
export function dockerImageSize(image: { sizeBytes: number; sizeRange?: SizeBounds }): string {
  return dockerSizeText(image.sizeRange ?? { low: image.sizeBytes, high: image.sizeBytes });
}

/**
 * What is known of a size in Docker's units, at go-units' `precision` (3 for `docker images`, 4 for
 * `docker system df`): the figure when exact, else `172MB-175MB`, `≥132MB` or `?`.
 */
export function dockerSizeText(bounds: SizeBounds, precision = 3): string {
  if (bounds.high === bounds.low) return formatSize(bounds.low, precision);
  if (bounds.high !== null)
    return `${formatSize(bounds.low, precision)}-${formatSize(bounds.high, precision)}`;
  return bounds.low > 0 ? `≥${formatSize(bounds.low, precision)}` : '?';
}
