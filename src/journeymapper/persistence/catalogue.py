"""The project file's schema as plain data, generated from ``schema.py``.

Do not edit: run ``python -m journeymapper.persistence.schema`` after changing
the SQLModel classes (tests/test_schema_catalogue.py fails until you do).
Reading, checking and writing files use this instead of the classes, because
importing SQLModel and SQLAlchemy takes most of a second, longer than opening
a 2,000-card map may take; SQLModel stays the one place the schema is defined.
"""

TABLES = {'card': {'columns': ('id', 'lane_id', 'step_id', 'position', 'text', 'color'),
          'indexes': ('ix_card_cell',),
          'primary_key': ('id',)},
 'channel': {'columns': ('id', 'map_id', 'position', 'name', 'icon'),
             'indexes': ('ix_channel_map_id',),
             'primary_key': ('id',)},
 'emotion': {'columns': ('lane_id', 'step_id', 'score', 'note'),
             'indexes': (),
             'primary_key': ('lane_id', 'step_id')},
 'image': {'columns': ('id', 'mime', 'width', 'height', 'data'),
           'indexes': (),
           'primary_key': ('id',)},
 'journey_map': {'columns': ('id',
                             'position',
                             'title',
                             'persona_id',
                             'trigger',
                             'goal',
                             'scenario',
                             'scale_min',
                             'scale_max'),
                 'indexes': (),
                 'primary_key': ('id',)},
 'lane': {'columns': ('id', 'map_id', 'position', 'kind', 'title', 'color'),
          'indexes': ('ix_lane_map_id',),
          'primary_key': ('id',)},
 'metric': {'columns': ('lane_id', 'step_id', 'value', 'unit', 'source'),
            'indexes': (),
            'primary_key': ('lane_id', 'step_id')},
 'persona': {'columns': ('id',
                         'position',
                         'name',
                         'role',
                         'description',
                         'quote',
                         'needs',
                         'goals',
                         'photo_id'),
             'indexes': (),
             'primary_key': ('id',)},
 'phase': {'columns': ('id', 'map_id', 'position', 'name', 'color'),
           'indexes': ('ix_phase_map_id',),
           'primary_key': ('id',)},
 'project_info': {'columns': ('key', 'value'), 'indexes': (), 'primary_key': ('key',)},
 'step': {'columns': ('id', 'phase_id', 'position', 'name', 'width'),
          'indexes': ('ix_step_phase_id',),
          'primary_key': ('id',)},
 'step_channel': {'columns': ('lane_id', 'step_id', 'channel_id'),
                  'indexes': (),
                  'primary_key': ('lane_id', 'step_id', 'channel_id')},
 'step_image': {'columns': ('lane_id', 'step_id', 'image_id'),
                'indexes': (),
                'primary_key': ('lane_id', 'step_id')}}

DDL = ('CREATE TABLE card (\n'
 '\tid VARCHAR NOT NULL, \n'
 '\tlane_id VARCHAR NOT NULL, \n'
 '\tstep_id VARCHAR NOT NULL, \n'
 '\tposition INTEGER NOT NULL, \n'
 '\ttext VARCHAR NOT NULL, \n'
 '\tcolor VARCHAR NOT NULL, \n'
 '\tPRIMARY KEY (id)\n'
 ')',
 'CREATE INDEX ix_card_cell ON card (lane_id, step_id)',
 'CREATE TABLE channel (\n'
 '\tid VARCHAR NOT NULL, \n'
 '\tmap_id VARCHAR NOT NULL, \n'
 '\tposition INTEGER NOT NULL, \n'
 '\tname VARCHAR NOT NULL, \n'
 '\ticon VARCHAR NOT NULL, \n'
 '\tPRIMARY KEY (id)\n'
 ')',
 'CREATE INDEX ix_channel_map_id ON channel (map_id)',
 'CREATE TABLE emotion (\n'
 '\tlane_id VARCHAR NOT NULL, \n'
 '\tstep_id VARCHAR NOT NULL, \n'
 '\tscore INTEGER NOT NULL, \n'
 '\tnote VARCHAR NOT NULL, \n'
 '\tPRIMARY KEY (lane_id, step_id)\n'
 ')',
 'CREATE TABLE image (\n'
 '\tid VARCHAR NOT NULL, \n'
 '\tmime VARCHAR NOT NULL, \n'
 '\twidth INTEGER NOT NULL, \n'
 '\theight INTEGER NOT NULL, \n'
 '\tdata BLOB NOT NULL, \n'
 '\tPRIMARY KEY (id)\n'
 ')',
 'CREATE TABLE journey_map (\n'
 '\tid VARCHAR NOT NULL, \n'
 '\tposition INTEGER NOT NULL, \n'
 '\ttitle VARCHAR NOT NULL, \n'
 '\tpersona_id VARCHAR, \n'
 '\t"trigger" VARCHAR NOT NULL, \n'
 '\tgoal VARCHAR NOT NULL, \n'
 '\tscenario VARCHAR NOT NULL, \n'
 '\tscale_min INTEGER NOT NULL, \n'
 '\tscale_max INTEGER NOT NULL, \n'
 '\tPRIMARY KEY (id)\n'
 ')',
 'CREATE TABLE lane (\n'
 '\tid VARCHAR NOT NULL, \n'
 '\tmap_id VARCHAR NOT NULL, \n'
 '\tposition INTEGER NOT NULL, \n'
 '\tkind VARCHAR NOT NULL, \n'
 '\ttitle VARCHAR NOT NULL, \n'
 '\tcolor VARCHAR NOT NULL, \n'
 '\tPRIMARY KEY (id)\n'
 ')',
 'CREATE INDEX ix_lane_map_id ON lane (map_id)',
 'CREATE TABLE metric (\n'
 '\tlane_id VARCHAR NOT NULL, \n'
 '\tstep_id VARCHAR NOT NULL, \n'
 '\tvalue FLOAT NOT NULL, \n'
 '\tunit VARCHAR NOT NULL, \n'
 '\tsource VARCHAR NOT NULL, \n'
 '\tPRIMARY KEY (lane_id, step_id)\n'
 ')',
 'CREATE TABLE persona (\n'
 '\tid VARCHAR NOT NULL, \n'
 '\tposition INTEGER NOT NULL, \n'
 '\tname VARCHAR NOT NULL, \n'
 '\trole VARCHAR NOT NULL, \n'
 '\tdescription VARCHAR NOT NULL, \n'
 '\tquote VARCHAR NOT NULL, \n'
 '\tneeds VARCHAR NOT NULL, \n'
 '\tgoals VARCHAR NOT NULL, \n'
 '\tphoto_id VARCHAR, \n'
 '\tPRIMARY KEY (id)\n'
 ')',
 'CREATE TABLE phase (\n'
 '\tid VARCHAR NOT NULL, \n'
 '\tmap_id VARCHAR NOT NULL, \n'
 '\tposition INTEGER NOT NULL, \n'
 '\tname VARCHAR NOT NULL, \n'
 '\tcolor VARCHAR NOT NULL, \n'
 '\tPRIMARY KEY (id)\n'
 ')',
 'CREATE INDEX ix_phase_map_id ON phase (map_id)',
 'CREATE TABLE project_info (\n'
 '\t"key" VARCHAR NOT NULL, \n'
 '\tvalue VARCHAR NOT NULL, \n'
 '\tPRIMARY KEY ("key")\n'
 ')',
 'CREATE TABLE step (\n'
 '\tid VARCHAR NOT NULL, \n'
 '\tphase_id VARCHAR NOT NULL, \n'
 '\tposition INTEGER NOT NULL, \n'
 '\tname VARCHAR NOT NULL, \n'
 '\twidth FLOAT NOT NULL, \n'
 '\tPRIMARY KEY (id)\n'
 ')',
 'CREATE INDEX ix_step_phase_id ON step (phase_id)',
 'CREATE TABLE step_channel (\n'
 '\tlane_id VARCHAR NOT NULL, \n'
 '\tstep_id VARCHAR NOT NULL, \n'
 '\tchannel_id VARCHAR NOT NULL, \n'
 '\tPRIMARY KEY (lane_id, step_id, channel_id)\n'
 ')',
 'CREATE TABLE step_image (\n'
 '\tlane_id VARCHAR NOT NULL, \n'
 '\tstep_id VARCHAR NOT NULL, \n'
 '\timage_id VARCHAR NOT NULL, \n'
 '\tPRIMARY KEY (lane_id, step_id)\n'
 ')')
