-- PostgreSQL only (../015.sql is its comment-only twin).
--
-- 1. Search folds diacritics, as SQLite's FTS5 tokenizer 'unicode61 remove_diacritics 2' does: 'café' and 'cafe' are
--    one word. tix_fold maps each Latin letter whose canonical decomposition is an ASCII letter and combining marks
--    to that letter (U+00C0-U+024F, U+1E00-U+1EFF; the table was made from Java's NFD and checked against SQLite's
--    tokenizer, which folds ſ and ẛ to s as well and leaves Ǡ ǡ alone). It is translate(), so it is IMMUTABLE and
--    can feed the stored tsvector; the unaccent extension cannot (its function is STABLE, and a database user may
--    not be allowed to create extensions). Searches fold their terms with the same function (PgDialect).
--    translate() compares each character with the whole table, so text that is all ASCII (one byte a character:
--    most of it) is returned as it is without that cost.
CREATE FUNCTION tix_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN octet_length(t) = length(t) THEN t ELSE translate(t,
        'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹſẛ',
        'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYyss') END
$$;

ALTER TABLE ticket_fts DROP COLUMN doc;
ALTER TABLE ticket_fts ADD COLUMN doc tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', tix_fold(title)), 'A') || setweight(to_tsvector('simple', tix_fold(body)), 'B')) STORED;
CREATE INDEX ticket_fts_doc ON ticket_fts USING gin(doc);

ALTER TABLE doc_fts DROP COLUMN doc;
ALTER TABLE doc_fts ADD COLUMN doc tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', tix_fold(title)), 'A') || setweight(to_tsvector('simple', tix_fold(tags)), 'B')
    || setweight(to_tsvector('simple', tix_fold(body)), 'C')) STORED;
CREATE INDEX doc_fts_doc ON doc_fts USING gin(doc);

-- 2. A bulk load (tix import) sets tix.bulk_load for its transaction and writes each ticket's search row once
--    itself, as SQLite's loader does with its triggers dropped; the per-message trigger would otherwise rebuild the
--    ticket's whole row for every message.
CREATE OR REPLACE FUNCTION tickets_fts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF current_setting('tix.bulk_load', true) = 'on' THEN RETURN NULL; END IF;
        INSERT INTO ticket_fts(rowid, title, body) VALUES (new.id, new.title, '');
    ELSIF TG_OP = 'UPDATE' THEN
        IF old.title IS DISTINCT FROM new.title THEN
            UPDATE ticket_fts SET title = new.title WHERE rowid = new.id;
        END IF;
    ELSE
        DELETE FROM ticket_fts WHERE rowid = old.id;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION messages_fts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF old.ticket_id IS NOT DISTINCT FROM new.ticket_id THEN RETURN NULL; END IF;
        PERFORM messages_fts_body(old.ticket_id);
    ELSIF current_setting('tix.bulk_load', true) = 'on' THEN
        RETURN NULL;
    END IF;
    PERFORM messages_fts_body(new.ticket_id);
    RETURN NULL;
END $$;

-- 3. A ticket's links may point to a ticket loaded after it (SQLite: PRAGMA defer_foreign_keys); a bulk load defers
--    these three checks to its commit (SET CONSTRAINTS ... DEFERRED). Everyone else still has them checked at once.
ALTER TABLE tickets ALTER CONSTRAINT tickets_split_from_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE tickets ALTER CONSTRAINT tickets_merged_into_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE tickets ALTER CONSTRAINT tickets_follow_up_of_fkey DEFERRABLE INITIALLY IMMEDIATE;
