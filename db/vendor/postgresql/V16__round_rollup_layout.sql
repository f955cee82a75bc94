-- An aggregate reads the cells of one grain (say the 15,000 monthly ones at a million rounds).
-- Written in the order the rounds came, those cells were spread over 4,400 of the table's
-- pages, among the other grains': the timeline's query read a page per cell (26 ms). Kept in
-- the order of the cell key, they share pages (11 ms). The spare fifth of each page lets the
-- triggers' updates of a cell stay on its page, so the order holds as rounds are added; the
-- generator clusters again after a bulk load. H2 keeps its rows in key order already.
ALTER TABLE round_rollup SET (fillfactor = 80);
ALTER TABLE round_rollup CLUSTER ON round_rollup_cell_uk;
CLUSTER round_rollup;
