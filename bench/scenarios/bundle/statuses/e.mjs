// statuses, scenario (e), everything: the one export, the `status` function with its tables.
export {default} from 'statuses';
