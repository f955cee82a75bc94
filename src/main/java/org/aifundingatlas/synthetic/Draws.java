package org.aifundingatlas.synthetic;

import java.util.SplittableRandom;

/**
 * Deterministic random draws. Every company, investor and round gets its own generator
 * derived from the seed and its number, so any of them can be drawn again, alone and in
 * any order, exactly as the first time: the generator streams rows instead of keeping
 * them.
 */
final class Draws {

	/** What a generator is for, so that company 7 and round 7 draw differently. */
	enum Stream {

		FX, COMPANY, INVESTOR, ROUND_INVESTORS

	}

	private Draws() {
	}

	static SplittableRandom of(long seed, Stream stream, long number) {
		long mixed = mix(seed ^ mix(stream.ordinal() + 1L) ^ mix(number + 0x5DEECE66DL));
		return new SplittableRandom(mixed);
	}

	/** Stafford's variant 13 of the 64-bit finalizer (the one SplittableRandom uses). */
	private static long mix(long value) {
		long z = (value ^ (value >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** The index of a weight, picked with probability proportional to it. */
	static int weighted(SplittableRandom random, double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double target = random.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			target -= weights[i];
			if (target < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	/** A standard normal draw (Box-Muller). */
	static double gaussian(SplittableRandom random) {
		double u = 1.0 - random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
	}

	/**
	 * A rank from 0 to {@code size - 1} with probability about proportional to
	 * {@code 1 / (rank + 5)} (Zipf-Mandelbrot with exponent 1): few investors take part
	 * in many rounds, most in few, and the most active one in a few percent of them.
	 */
	static int zipf(SplittableRandom random, int size) {
		double offset = 5;
		double rank = offset * Math.exp(random.nextDouble() * Math.log((size + offset) / offset)) - offset;
		return Math.min(Math.max((int) rank, 0), size - 1);
	}

}
