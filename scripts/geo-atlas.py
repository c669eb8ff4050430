#!/usr/bin/env python3
"""Builds enrich's compact atlas (enrich/src/main/resources/geo/*.tsv.gz) from the shared geographic data.

Usage: scripts/geo-atlas.py /path/to/data/geo
Keeps the columns the geocoder reads and gives each first-order division the GeoNames admin1 code of its cities
(US: the same code; elsewhere the seat whose name starts the division's name, else the nearest seat).
"""
import csv, gzip, math, sys, unicodedata, os

src = sys.argv[1]
out = os.path.join(os.path.dirname(__file__), '..', 'enrich', 'src', 'main', 'resources', 'geo')

def rows(name):
    with open(os.path.join(src, name), encoding='utf-8') as f:
        yield from csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE)

def fold(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()

def write(name, header, data):
    with gzip.open(os.path.join(out, name), 'wt', encoding='utf-8', compresslevel=9) as f:
        f.write('\t'.join(header) + '\n')
        for r in data:
            f.write('\t'.join(str(x) for x in r) + '\n')

cities = list(rows('cities.tsv'))
write('cities.tsv.gz', ['geonameid', 'name', 'country', 'feature_code', 'admin1', 'population', 'lat', 'lon'],
      [(c['geonameid'], c['name'], c['country'], c['feature_code'], c['admin1'], c['population'], c['lat'], c['lon'])
       for c in cities])

seats = {}
for c in cities:
    if c['feature_code'] in ('PPLA', 'PPLC'):
        seats.setdefault(c['country'], []).append(c)

def km(a, b, c, d):
    a, b, c, d = map(math.radians, (float(a), float(b), float(c), float(d)))
    h = math.sin((c - a) / 2) ** 2 + math.cos(a) * math.cos(c) * math.sin((d - b) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1, h)))

def admin1(r):
    if r['country'] == 'US':
        return r['code']
    cands = seats.get(r['country'], [])
    name = fold(r['name'])
    for c in cands:
        if name.startswith(fold(c['name'])):
            return c['admin1']
    if not cands or not r['lat']:
        return ''
    return min(cands, key=lambda c: km(r['lat'], r['lon'], c['lat'], c['lon']))['admin1']

write('regions.tsv.gz', ['country', 'code', 'name', 'lat', 'lon', 'admin1'],
      [(r['country'], r['code'], r['name'], r['lat'], r['lon'], admin1(r)) for r in rows('regions.tsv')])
write('countries.tsv.gz', ['cca2', 'name', 'official_name', 'alt_spellings', 'capital', 'demonym_m', 'demonym_f', 'lat', 'lon'],
      [(r['cca2'], r['name'], r['official_name'], r['alt_spellings'], r['capital'], r['demonym_m'], r['demonym_f'], r['lat'], r['lon'])
       for r in rows('countries.tsv')])
