// The location of a redirect, checked as strictly as the platform: a C0 control but tab, or DEL, is refused (a
// control character in a `Location` makes Deno's server panic, Node's throw ERR_INVALID_CHAR and Bun's send the raw
// byte; in a URL it is never meant), and so is an empty or blank location. Every character outside ASCII is
// percent-encoded as UTF-8, as `Response.redirect` and the URL parser do (`/café` → `/caf%C3%A9`; an unpaired
// surrogate becomes U+FFFD), so that the header is a byte string every runtime sends as it is. Why refuse the
// controls rather than encode them: docs/responses.md. Built-ins captured at load (src/built-ins.ts).
import {capture, charCodeAt} from '../built-ins.ts';
import {describeValue} from '../describe-value.ts';

// `URL.prototype.href`'s getter, captured at load: a later replacement of it, or of `String`, changes no location.
const href: (url: URL) => string = /* @__PURE__ */ capture(() =>
	Function.prototype.call.bind((Object.getOwnPropertyDescriptor(URL.prototype, 'href') as {get: () => string}).get),
);

const HEX = '0123456789ABCDEF';

function percent(byte: number): string {
	return `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
}

// The UTF-8 bytes of one code point, each percent-encoded.
function encodePoint(point: number): string {
	if (point < 0x8_00) {
		return percent(0xc0 | (point >> 6)) + percent(0x80 | (point & 63));
	}
	if (point < 0x1_00_00) {
		return percent(0xe0 | (point >> 12)) + percent(0x80 | ((point >> 6) & 63)) + percent(0x80 | (point & 63));
	}
	return percent(0xf0 | (point >> 18)) + percent(0x80 | ((point >> 12) & 63)) + percent(0x80 | ((point >> 6) & 63)) + percent(0x80 | (point & 63));
}

/**
 * The `Location` header's value for `location` (a string or a `URL`): a `TypeError` naming the builder for any other
 * value, a control character, or an empty or blank location; non-ASCII percent-encoded.
 */
export function redirectLocation(builder: string, location: unknown): string {
	let target: string;
	if (typeof location === 'string') {
		target = location;
	} else if (location instanceof URL) {
		target = href(location);
	} else {
		throw new TypeError(`${builder}: expected the location as a string or a URL; received ${describeValue(location)}`);
	}
	let encoded = '';
	let blank = true;
	for (let index = 0; index !== target.length; index++) {
		const unit = charCodeAt(target, index);
		if ((unit < 0x20 && unit !== 0x09) || unit === 0x7f) {
			throw new TypeError(`${builder}: the location may not contain a control character (U+0000–U+001F but tab, U+007F); received ${describeValue(target)}`);
		}
		if (unit !== 0x20 && unit !== 0x09) {
			blank = false;
		}
		if (unit < 0x80) {
			encoded += target[index]!;
			continue;
		}
		const next = charCodeAt(target, index + 1); // NaN past the end, which no range test passes
		if (unit >= 0xd8_00 && unit <= 0xdb_ff && next >= 0xdc_00 && next <= 0xdf_ff) {
			encoded += encodePoint(0x1_00_00 + ((unit - 0xd8_00) << 10) + (next - 0xdc_00));
			index++;
		} else {
			encoded += encodePoint(unit >= 0xd8_00 && unit <= 0xdf_ff ? 0xff_fd : unit);
		}
	}
	if (blank) {
		throw new TypeError(`${builder}: the location is ${target === '' ? 'empty' : 'blank'}; a redirect needs somewhere to go`);
	}
	return encoded;
}
