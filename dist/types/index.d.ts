declare const api: {
    [k: string]: any;
};
export default api;
