-- Analysts' corrections of a post's analysis (issue 15; package correction). Same SQL for H2 2.x and
-- PostgreSQL 13+. Rows are only added: the latest row of a post's field is the value in force, and the
-- pipeline applies it whenever the post is indexed again, so a correction outlives a re-harvest.
CREATE SEQUENCE correction_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE corrections (
    id          BIGINT        PRIMARY KEY,
    post_id     VARCHAR(500)  NOT NULL,
    -- 'sentiment', 'topics' or 'regions'
    field       VARCHAR(16)   NOT NULL,
    -- values as text: a label, comma-separated topic codes, comma-separated places (area or area/unit)
    old_value   VARCHAR(1000),
    new_value   VARCHAR(1000) NOT NULL,
    corrected_by VARCHAR(100) NOT NULL,
    unit_code   VARCHAR(64),
    corrected_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the training example: the post's language and analysed text (title and text) when corrected
    language    VARCHAR(8),
    post_text   VARCHAR(20000),
    CONSTRAINT corrections_field CHECK (field IN ('sentiment', 'topics', 'regions'))
);

CREATE INDEX corrections_post ON corrections (post_id, field, id);
