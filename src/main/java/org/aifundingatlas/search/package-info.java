/**
 * Search as you type: name suggestions for the filter form's investor and company
 * pickers, from the JSON API.
 */
package org.aifundingatlas.search;
