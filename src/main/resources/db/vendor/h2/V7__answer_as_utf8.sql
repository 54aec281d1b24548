-- H2 only (db/vendor/{vendor}, beside db/migration): the answer is stored as the UTF-8 it was hashed as.
-- H2 writes a text value character by character, and again at every write of the page that holds it;
-- the answer is most of a record (about 12 KB), and that encoding was a third of the one audit writer's
-- time under load. Bytes are copied. H2 converts between text and bytes as UTF-8 both ways, so this
-- turns every stored answer into its UTF-8 and reads still get the text back; the chain's hashes, taken
-- over that UTF-8, are unchanged. (TEXT is a CHARACTER VARYING in H2 2.x, held in the row like these bytes; an
-- answer could be 1,000,000 characters, now 1,000,000 bytes: answers run to about 12 KB.)
ALTER TABLE decision_record ALTER COLUMN answer_json SET DATA TYPE BINARY VARYING;
