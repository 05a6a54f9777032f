-- Indexes for browsing: the home page's recently changed studies and the study list's filters and sorts.

create index study_updated_at_idx on study (updated_at desc);
create index study_year_title_idx on study (publication_year desc, title);
create index study_design_idx on study (design);
create index outcome_study_kind_idx on outcome (study_id, kind);
