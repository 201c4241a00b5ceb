import {expectAssignable, expectError, expectType} from 'tsd';
import {STATUS_REGISTRY, statusInfo, type Standing, type StatusInfo} from '../dist/registry.js';

// A named code always has info; a plain number may not.
expectType<StatusInfo>(statusInfo(404));
expectType<StatusInfo | undefined>(statusInfo(299 as number));
expectType<readonly StatusInfo[]>(STATUS_REGISTRY);
expectType<Standing>(statusInfo(510).standing);
expectAssignable<Standing>('unregistered');

// Everything is readonly.
expectError((statusInfo(404).phrase = 'Lost'));
