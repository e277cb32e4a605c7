/**
 * Splits the multiplexed log stream the engine returns for a container
 * without a TTY: frames of an 8-byte header (stream type, 3 zero bytes,
 * big-endian length) followed by the payload. Output with a TTY has no
 * headers and is returned as is.
 */
export function demuxLogs(buffer: Buffer): string {
  const parts: string[] = [];
  let offset = 0;
  while (offset + 8 <= buffer.length) {
    const type = buffer[offset];
    const framed = (type === 0 || type === 1 || type === 2) && buffer[offset + 1] === 0 && buffer[offset + 2] === 0;
    if (!framed) return parts.join('') + buffer.subarray(offset).toString('utf8');
    const length = buffer.readUInt32BE(offset + 4);
    parts.push(buffer.subarray(offset + 8, offset + 8 + length).toString('utf8'));
    offset += 8 + length;
  }
  if (offset < buffer.length) parts.push(buffer.subarray(offset).toString('utf8'));
  return parts.join('');
}
