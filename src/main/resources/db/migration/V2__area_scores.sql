-- Score per readiness area of each recorded run, for the trend charts.
CREATE TABLE irready_area_score (
    run_id VARCHAR(40)  NOT NULL REFERENCES irready_run (run_id) ON DELETE CASCADE,
    area   VARCHAR(20)  NOT NULL,
    score  DOUBLE PRECISION,
    PRIMARY KEY (run_id, area)
);
