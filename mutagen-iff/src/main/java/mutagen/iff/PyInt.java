// SPDX-License-Identifier: GPL-2.0-or-later
package mutagen.iff;

import java.math.BigInteger;

/**
 * Python's unbounded integers where the stream information multiplies header fields (bitrate = channels x bits x
 * rate can pass 2^63 in a hostile header): a {@link Long} when the value fits, else a {@link BigInteger}.
 *
 * <p>Thread-safe: static methods and constants only, no shared mutable state.
 */
public final class PyInt {
    private PyInt() {
    }

    /**
     * The exact product, as a {@code Long} when it fits.
     *
     * @param factors the factors
     * @return the exact product, as a {@code Long} when it fits
     */
    public static Number product(Number... factors) {
        long exact = 1;
        int i = 0;
        for (; i < factors.length && !(factors[i] instanceof BigInteger); i++) {
            long f = factors[i].longValue();
            long high = Math.multiplyHigh(exact, f);
            long low = exact * f;
            if (high != (low >> 63)) {
                break; // beyond a long: go on in BigInteger from here
            }
            exact = low;
        }
        if (i == factors.length) {
            return exact;
        }
        BigInteger p = BigInteger.valueOf(exact);
        for (; i < factors.length; i++) {
            Number f = factors[i];
            p = p.multiply(f instanceof BigInteger ? (BigInteger) f : BigInteger.valueOf(f.longValue()));
        }
        return of(p);
    }

    /**
     * A {@code Long} when the value fits, else the value.
     *
     * @param v the value
     * @return a {@code Long} when the value fits, else the value
     */
    public static Number of(BigInteger v) {
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }

    /**
     * Python's {@code int(x)} of a finite double (truncation toward zero, exact for large values).
     *
     * @param x the x
     * @return python's {@code int(x)} of a finite double (truncation toward zero, exact for large values)
     */
    public static Number truncate(double x) {
        if (Math.abs(x) < 9.0e18) {
            return (long) x;
        }
        return of(new java.math.BigDecimal(x).toBigInteger());
    }

    /**
     * The value as a double (Python's {@code float(n)}, correctly rounded).
     *
     * @param n the number
     * @return the value as a double (Python's {@code float(n)}, correctly rounded)
     */
    public static double toDouble(Number n) {
        return n.doubleValue();
    }

    /**
     * Python's true division {@code a / b} of two integers: the correctly rounded quotient ({@code b != 0}).
     *
     * @param a the a
     * @param b the byte
     * @return python's true division {@code a / b} of two integers: the correctly rounded quotient ({@code b != 0})
     */
    public static double trueDiv(BigInteger a, BigInteger b) {
        if (a.bitLength() <= 53 && b.bitLength() <= 53) {
            return a.doubleValue() / b.doubleValue();
        }
        return new java.math.BigDecimal(a).divide(new java.math.BigDecimal(b), java.math.MathContext.DECIMAL128)
                .doubleValue();
    }

    /**
     * An unsigned 64-bit value as a {@code BigInteger}.
     *
     * @param v the value
     * @return an unsigned 64-bit value as a {@code BigInteger}
     */
    public static BigInteger unsigned(long v) {
        return v >= 0 ? BigInteger.valueOf(v) : BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64));
    }
}
