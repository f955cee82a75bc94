package org.aifundingatlas.profiles;

/**
 * What the profile controller needs of a profile page, whatever its kind: the name for
 * the title, and the links around it.
 */
interface ProfilePage {

	/** The name in the reader's language. */
	String name();

	ProfileFrame frame();

}
