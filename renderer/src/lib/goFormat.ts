/**
 * Go's `fmt.Sprintf("%.<prec>g", x)`, digit for digit, so sizes read exactly as the docker CLI
 * prints them. Go rounds the exact binary value to `prec` significant digits, half to even on
 * exact ties (1.125 → "1.12"), drops trailing zeros, and switches to exponent form ("1e+03") when
 * the exponent is < -4 or ≥ the precision.
 */

interface Digits {
  /** Significant digits, no trailing zeros ("" for zero). */
  d: string;
  /** Decimal point position: value = 0.d × 10^dp. */
  dp: number;
}

/** The exact decimal expansion of a finite double (≤ 101 significant digits covers every size we format). */
function exactDigits(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const [mantissa = '0', exponent = '0'] = x.toExponential(100).split('e');
  const d = mantissa.replace('.', '').replace(/0+$/, '');
  return { d, dp: Number(exponent) + 1 };
}

function roundDigits({ d, dp }: Digits, prec: number): Digits {
  if (d.length <= prec) return { d, dp };
  const next = d.charCodeAt(prec) - 48;
  const rest = d.slice(prec + 1);
  const last = d.charCodeAt(prec - 1) - 48;
  const up = next > 5 || (next === 5 && (/[1-9]/.test(rest) || last % 2 === 1));
  let kept = d.slice(0, prec);
  if (up) {
    let i = kept.length - 1;
    while (i >= 0 && kept[i] === '9') i--;
    if (i < 0) return { d: '1', dp: dp + 1 };
    kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  }
  return { d: kept.replace(/0+$/, ''), dp };
}

function formatExponent(digits: Digits, decimals: number): string {
  const { d } = digits;
  let out = d[0] ?? '0';
  if (decimals > 0) out += '.' + d.slice(1, decimals + 1).padEnd(decimals, '0');
  const exp = d.length === 0 ? 0 : digits.dp - 1;
  const abs = Math.abs(exp);
  return `${out}e${exp < 0 ? '-' : '+'}${abs < 10 ? '0' : ''}${abs}`;
}

function formatFixed({ d, dp }: Digits, decimals: number): string {
  let integer = '';
  if (dp > 0) integer = d.slice(0, dp).padEnd(dp, '0');
  else integer = '0';
  if (decimals <= 0) return integer;
  let fraction = '';
  for (let i = 0; i < decimals; i++) {
    const j = dp + i;
    fraction += j < 0 || j >= d.length ? '0' : d[j];
  }
  return `${integer}.${fraction}`;
}

/** `fmt.Sprintf("%.*g", prec, x)` for finite x. */
export function goFormatG(x: number, prec: number): string {
  if (!Number.isFinite(x)) return String(x);
  const negative = x < 0 || Object.is(x, -0);
  const digits = roundDigits(exactDigits(Math.abs(x)), Math.max(prec, 1));
  let p = Math.max(prec, 1);
  let eprec = p;
  if (eprec > digits.d.length && digits.d.length >= digits.dp) eprec = digits.d.length;
  const exp = digits.dp - 1;
  let body: string;
  if (exp < -4 || exp >= eprec) {
    if (p > digits.d.length) p = digits.d.length;
    body = formatExponent(digits, p - 1);
  } else {
    if (p > digits.dp) p = digits.d.length;
    body = formatFixed(digits, Math.max(p - digits.dp, 0));
  }
  return negative ? `-${body}` : body;
}
