/** `value` as a `width`-bit big-endian string of `'0'` and `'1'` (GPP "Int(n)"). */
export const toBits = (value: number, width: number): string => value.toString(2).padStart(width, '0');

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * A bit string as base64url without `=` padding (RFC 4648 §5), six bits a character.
 *
 * The GPP string spec ("Creating a GPP String") says to pad with `0` to a multiple of 6, but its
 * own examples (`DBABMA`, `DBACNYA`) and the reference encoder (`CompressedBase64UrlEncoder` in
 * iabgpp-es) first pad to a whole byte, then to a multiple of 6. Decoders ignore the extra zero
 * bits either way; we follow the examples so our strings equal the reference encoder's.
 */
export function toBase64Url(bits: string): string {
  const bytes = bits.padEnd(Math.ceil(bits.length / 8) * 8, '0');
  return bytes.padEnd(Math.ceil(bytes.length / 6) * 6, '0').replace(/.{6}/g, (six) => BASE64URL[parseInt(six, 2)]);
}
