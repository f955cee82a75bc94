/**
 * Company and investor profiles: their pages and their API.
 */
package org.aifundingatlas.profiles;
