// The link check reaches the public internet only: an address (or a name that resolves to one) on
// this machine or its network — a router, an intranet, a cloud's metadata service at 169.254.169.254 —
// is refused, whether it is cited, reached by a redirect, or named by the archive API.
import net from 'node:net';

export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'multicast' | 'unspecified' | 'reserved';

type Range = [address: string, prefix: number, family: 'ipv4' | 'ipv6'];

const ranges: Record<Exclude<AddressKind, 'public'>, Range[]> = {
  unspecified: [['0.0.0.0', 8, 'ipv4'], ['::', 128, 'ipv6']],
  loopback: [['127.0.0.0', 8, 'ipv4'], ['::1', 128, 'ipv6']],
  private: [
    ['10.0.0.0', 8, 'ipv4'], ['172.16.0.0', 12, 'ipv4'], ['192.168.0.0', 16, 'ipv4'],
    ['100.64.0.0', 10, 'ipv4'], // shared by carrier-grade NAT
    ['fc00::', 7, 'ipv6'], // unique local
    ['fec0::', 10, 'ipv6'], // the old site-local
  ],
  'link-local': [['169.254.0.0', 16, 'ipv4'], ['fe80::', 10, 'ipv6']],
  multicast: [['224.0.0.0', 4, 'ipv4'], ['ff00::', 8, 'ipv6']],
  reserved: [
    ['192.0.0.0', 24, 'ipv4'], ['192.0.2.0', 24, 'ipv4'], ['198.18.0.0', 15, 'ipv4'], ['198.51.100.0', 24, 'ipv4'],
    ['203.0.113.0', 24, 'ipv4'], ['240.0.0.0', 4, 'ipv4'], ['2001:db8::', 32, 'ipv6'], ['100::', 64, 'ipv6'],
  ],
};

const lists = Object.entries(ranges).map(([kind, list]) => {
  const block = new net.BlockList();
  for (const [address, prefix, family] of list) block.addSubnet(address, prefix, family);
  return [kind as AddressKind, block] as const;
});

/** IPv6 forms that carry an IPv4 address (::ffff:a.b.c.d, NAT64, 6to4) are judged by that address. */
function embeddedIpv4(address: string): string | undefined {
  const words = expandIpv6(address);
  if (!words) return undefined;
  const v4 = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  const zeros = (n: number) => words.slice(0, n).every((w) => w === 0);
  if (zeros(5) && words[5] === 0xffff) return v4(words[6]!, words[7]!);
  if (zeros(6) && words[6] !== 0) return v4(words[6]!, words[7]!); // the old IPv4-compatible ::a.b.c.d
  if (words[0] === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((w) => w === 0)) return v4(words[6]!, words[7]!);
  if (words[0] === 0x2002) return v4(words[1]!, words[2]!);
  return undefined;
}

function expandIpv6(address: string): number[] | undefined {
  let text = address.replace(/%.*$/, '');
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const part = (s: string | undefined) => (s ? s.split(':').map((w) => parseInt(w, 16)) : []);
  const left = part(head);
  const right = part(tail);
  const words = tail === undefined ? left : [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return words.length === 8 && words.every((w) => Number.isInteger(w) && w >= 0 && w <= 0xffff) ? words : undefined;
}

/** What kind of address an IP is; a name (not an IP) is undefined. */
export function addressKind(ip: string): AddressKind | undefined {
  const bare = ip.replace(/^\[|\]$/g, '');
  const family = net.isIP(bare.replace(/%.*$/, ''));
  if (family === 0) return undefined;
  const inner = family === 6 ? embeddedIpv4(bare) : undefined;
  if (inner) return addressKind(inner);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return lists.find(([, block]) => block.check(bare.replace(/%.*$/, ''), type))?.[0] ?? 'public';
}

/** What is wrong with an address ("a private address"), or undefined when it may be asked; loopback only when the tests allow it. */
export function refusedKind(ip: string, allowLoopback = false): string | undefined {
  const kind = addressKind(ip);
  if (kind === undefined || kind === 'public' || (kind === 'loopback' && allowLoopback)) return undefined;
  return `${kind === 'reserved' ? 'a reserved' : kind === 'unspecified' ? 'an unspecified' : `a ${kind}`} address, not one on the public internet`;
}

/** Why an address may not be asked, as a sentence, or undefined when it may. */
export function refusal(ip: string, allowLoopback = false): string | undefined {
  const kind = refusedKind(ip, allowLoopback);
  return kind && `${ip.replace(/^\[|\]$/g, '')} is ${kind}`;
}
